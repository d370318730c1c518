package be.storysite.forms.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RouterTest {

    private static Manager manager(String id, boolean active, String backup) {
        return new Manager(id, "Name of " + id, id + "@vicinia.example", "", active, backup);
    }

    /** Every rule kind, in the order a sales team would write them. */
    private static final RoutingConfig CONFIG = new RoutingConfig(
            List.of(manager("desk", true, null), manager("an", true, "bram"), manager("bram", true, "desk"),
                    manager("lotte", true, null), manager("karim", true, null), manager("pieter", false, "an"),
                    manager("sophie", false, "pieter"), manager("ward", false, null)),
            List.of(new AccountRule("account-lindebeek", "an", List.of("Gemeente Lindebeek", "Commune de Liège-Est", "Lindebeek"),
                            List.of(), AccountRule.DEFAULT_FIELDS, ""),
                    new AccountRule("account-heidegem", "bram", List.of("OCMW Heidegem"), List.of("11999"),
                            AccountRule.DEFAULT_FIELDS, "nis_code"),
                    new AccountRule("account-vlietland", "pieter", List.of("Intercommunale Vlietland"),
                            List.of("38888"), List.of("organisation"), ""),
                    new AccountRule("account-broekelare", "sophie", List.of("Broekelare"), List.of(),
                            List.of("municipality"), ""),
                    new AccountRule("account-rozendries", "ward", List.of("Rozendries"), List.of(),
                            List.of("municipality"), ""),
                    new SpecialistRule("specialist-cyber", "karim", "topic", List.of("cyberbeveiliging"),
                            List.of("cyberbeveiliging")),
                    new TerritoryRule("territory-limburg", "lotte", "postcode", List.of(Province.LIMBURG)),
                    new TerritoryRule("territory-brussel", "an", "postcode",
                            List.of(Province.BRUSSEL, Province.VLAAMS_BRABANT)),
                    new RoundRobinRule("pool-rest", "", List.of("an", "bram", "pieter", "lotte"))),
            "desk");

    private static LeadFacts facts(Map<String, String> fields) {
        return new LeadFacts(fields, "page", "contact", List.of());
    }

    static Stream<Arguments> decisions() {
        return Stream.of(
                // account by organisation name: case, accents, hyphens and spaces do not matter
                Arguments.of("organisation, exact", facts(Map.of("organisation", "Gemeente Lindebeek")),
                        "an", "account-lindebeek", false),
                Arguments.of("organisation, other case and spaces",
                        facts(Map.of("organisation", "  gemeente   LINDEBEEK ")), "an", "account-lindebeek", false),
                Arguments.of("organisation over two lines", facts(Map.of("organisation", "Gemeente\r\nLindebeek")),
                        "an", "account-lindebeek", false),
                Arguments.of("organisation, accents and hyphens",
                        facts(Map.of("organisation", "commune de liege est")), "an", "account-lindebeek", false),
                // account by municipality name
                Arguments.of("municipality", facts(Map.of("organisation", "Sporthal", "municipality", "Lindebeek ")),
                        "an", "account-lindebeek", false),
                // account by NIS code: from the named NIS field, or from the name fields when there is none
                Arguments.of("NIS code field", facts(Map.of("organisation", "Ander", "nis_code", "11999")),
                        "bram", "account-heidegem", false),
                Arguments.of("NIS code in name field of rule without nis_field",
                        facts(Map.of("organisation", " 38888 ")), "an", "account-vlietland", true),
                Arguments.of("NIS code only in the NIS field, not in names",
                        facts(Map.of("organisation", "11999", "postcode", "3600")), "lotte", "territory-limburg", false),
                // an account rule only reads its own fields
                Arguments.of("name in a field the rule does not read",
                        facts(Map.of("organisation", "Broekelare", "postcode", "3500")), "lotte", "territory-limburg",
                        false),
                // specialist: the topic, the service page, a story's services
                Arguments.of("topic", facts(Map.of("topic", "cyberbeveiliging", "postcode", "3500")), "karim",
                        "specialist-cyber", false),
                Arguments.of("service page", new LeadFacts(Map.of("postcode", "3500"), "service", "cyberbeveiliging",
                        List.of("cyberbeveiliging")), "karim", "specialist-cyber", false),
                Arguments.of("story about the service", new LeadFacts(Map.of("postcode", "3500"), "story",
                        "broekelare-cyberaanval", List.of("netwerk", "cyberbeveiliging")), "karim",
                        "specialist-cyber", false),
                Arguments.of("story about other services", new LeadFacts(Map.of("postcode", "3500"), "story",
                        "lindebeek-thuiswerk", List.of("werkplek-in-de-cloud")), "lotte", "territory-limburg", false),
                // an account wins over a specialist because it comes first
                Arguments.of("first match wins",
                        facts(Map.of("organisation", "OCMW Heidegem", "topic", "cyberbeveiliging")), "bram",
                        "account-heidegem", false),
                // territory by province of the postcode, both ranges of Vlaams-Brabant
                Arguments.of("territory Limburg", facts(Map.of("postcode", "3999")), "lotte", "territory-limburg",
                        false),
                Arguments.of("territory Brussels", facts(Map.of("postcode", "1000")), "an", "territory-brussel",
                        false),
                Arguments.of("territory Vlaams-Brabant (Leuven)", facts(Map.of("postcode", "3000")), "an",
                        "territory-brussel", false),
                Arguments.of("territory Vlaams-Brabant (Halle-Vilvoorde)", facts(Map.of("postcode", "1500")), "an",
                        "territory-brussel", false),
                // inactive managers: backup, backup of an inactive backup, default owner
                Arguments.of("inactive, active backup", facts(Map.of("organisation", "Intercommunale Vlietland")),
                        "an", "account-vlietland", true),
                Arguments.of("inactive, inactive backup, its active backup",
                        facts(Map.of("municipality", "Broekelare")), "an", "account-broekelare", true),
                Arguments.of("inactive without backup", facts(Map.of("municipality", "Rozendries")), "desk",
                        "account-rozendries", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void routes(String description, LeadFacts facts, String manager, String ruleId, boolean fallback) {
        RoutingDecision decision = new Router(CONFIG).route(facts, new InMemoryCounter());

        assertThat(decision.manager().id()).isEqualTo(manager);
        assertThat(decision.ruleId()).isEqualTo(ruleId);
        assertThat(decision.fallbackUsed()).isEqualTo(fallback);
        assertThat(decision.reason()).contains(ruleId).doesNotContain("\n");
    }

    @Test
    void reasonSaysWhatMatchedAndWhoTookOver() {
        Router router = new Router(CONFIG);

        assertThat(router.route(facts(Map.of("organisation", "gemeente lindebeek")), new InMemoryCounter()).reason())
                .isEqualTo("rule account-lindebeek: organisation 'gemeente lindebeek' is a named account"
                        + " -> Name of an");
        assertThat(router.route(facts(Map.of("postcode", "3500")), new InMemoryCounter()).reason())
                .isEqualTo("rule territory-limburg: postcode 3500 lies in Limburg -> Name of lotte");
        assertThat(router.route(facts(Map.of("municipality", "Broekelare")), new InMemoryCounter()).reason())
                .isEqualTo("rule account-broekelare: municipality 'Broekelare' is a named account -> Name of sophie,"
                        + " inactive; backup Name of an takes over");
        assertThat(router.route(facts(Map.of("municipality", "Rozendries")), new InMemoryCounter()).reason())
                .endsWith("Name of ward, inactive without an active backup; default owner Name of desk takes over");
    }

    @Test
    void theReasonIsAlsoDataForAMailToSayInItsOwnLanguage() {
        Router router = new Router(CONFIG);

        RoutingReason account = router.route(facts(Map.of("municipality", "Broekelare")), new InMemoryCounter()).why();
        assertThat(account).isEqualTo(new RoutingReason(RoutingReason.Kind.NAMED_ACCOUNT,
                List.of("municipality", "Broekelare"), "Name of sophie", RoutingReason.Takeover.BACKUP, "Name of an"));

        RoutingReason territory = router.route(facts(Map.of("postcode", "3500")), new InMemoryCounter()).why();
        assertThat(territory.kind()).isEqualTo(RoutingReason.Kind.TERRITORY);
        assertThat(territory.values()).containsExactly("3500", "LIMBURG");
        assertThat(RoutingReason.province(territory.value(1), "fr")).isEqualTo("Limbourg");

        RoutingReason fallback = router.route(facts(Map.of("municipality", "Rozendries")), new InMemoryCounter()).why();
        assertThat(fallback.takeover()).isEqualTo(RoutingReason.Takeover.DEFAULT_OWNER);
        assertThat(fallback.takenBy()).isEqualTo("Name of desk");

        // what the visitor typed stays on one line in the data too
        RoutingReason typed = router.route(facts(Map.of("organisation", "Gemeente\nLindebeek")),
                new InMemoryCounter()).why();
        assertThat(typed.values()).containsExactly("organisation", "Gemeente Lindebeek");
    }

    @Test
    void roundRobinTakesTurnsAmongActiveMembersAndContinuesFromTheCounter() {
        Router router = new Router(CONFIG);
        InMemoryCounter counter = new InMemoryCounter();
        LeadFacts unmatched = facts(Map.of("organisation", "Nieuwe klant", "postcode", "9000"));

        List<String> managers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RoutingDecision decision = router.route(unmatched, counter);
            assertThat(decision.ruleId()).isEqualTo("pool-rest");
            assertThat(decision.fallbackUsed()).isFalse();
            managers.add(decision.manager().id());
        }

        // pieter is inactive: he is skipped rather than sending every third lead to his backup
        assertThat(managers).containsExactly("an", "bram", "lotte", "an", "bram", "lotte");
        assertThat(counter.peek("pool-rest")).isEqualTo(6);
        // a counter that survived a restart continues where it was
        assertThat(router.route(unmatched, pool -> 7).manager().id()).isEqualTo("bram");
        assertThat(router.route(unmatched, pool -> 7).reason()).contains("round robin pool 'pool-rest', turn 7");
    }

    @Test
    void theCounterIsOnlyAskedWhenTheLeadReachesThePool() {
        InMemoryCounter counter = new InMemoryCounter();

        new Router(CONFIG).route(facts(Map.of("postcode", "3500")), counter);

        assertThat(counter.peek("pool-rest")).isZero();
    }

    @Test
    void aPoolOfOnlyInactiveManagersFallsBackLikeAnyRule() {
        RoutingConfig config = new RoutingConfig(List.of(manager("desk", true, null), manager("a", false, "b"),
                manager("b", true, null), manager("c", false, null)),
                List.of(new RoundRobinRule("pool", "shared", List.of("a", "c"))), "desk");
        Router router = new Router(config);

        RoutingDecision first = router.route(facts(Map.of()), pool -> 0);
        RoutingDecision second = router.route(facts(Map.of()), pool -> 1);

        assertThat(first.manager().id()).isEqualTo("b");
        assertThat(first.fallbackUsed()).isTrue();
        assertThat(second.manager().id()).isEqualTo("desk");
        assertThat(second.fallbackUsed()).isTrue();
    }

    @Test
    void noRuleMatchedGoesToTheDefaultOwner() {
        RoutingConfig config = new RoutingConfig(CONFIG.managers(), CONFIG.rules().subList(0, 8), "desk");

        RoutingDecision decision = new Router(config).route(facts(Map.of("postcode", "9000")), new InMemoryCounter());

        assertThat(decision.manager().id()).isEqualTo("desk");
        assertThat(decision.ruleId()).isEqualTo(Router.DEFAULT_RULE_ID);
        assertThat(decision.fallbackUsed()).isFalse();
        assertThat(decision.reason()).isEqualTo("no rule matched -> Name of desk");
    }

    @Test
    void sameFactsAndCounterGiveTheSameDecision() {
        LeadFacts facts = facts(Map.of("organisation", "x", "postcode", "8000"));
        Map<String, Long> turns = new HashMap<>(Map.of("pool-rest", 41L));

        RoutingDecision once = new Router(CONFIG).route(facts, turns::get);
        RoutingDecision again = new Router(CONFIG).route(facts, turns::get);

        assertThat(again).isEqualTo(once);
    }

    @Test
    void afterAPermanentFailureTheBackupChainThenTheDefaultOwner() {
        Router router = new Router(CONFIG);

        // an -> bram (backup) -> desk (bram's backup) -> nobody
        assertThat(router.afterPermanentFailure("an", Set.of("an"))).map(Manager::id).contains("bram");
        assertThat(router.afterPermanentFailure("bram", Set.of("an", "bram"))).map(Manager::id).contains("desk");
        assertThat(router.afterPermanentFailure("desk", Set.of("an", "bram", "desk"))).isEmpty();
        // sophie's backup pieter is inactive: skip to his backup
        assertThat(router.afterPermanentFailure("sophie", Set.of())).map(Manager::id).contains("an");
        // already tried along the chain: go on down it
        assertThat(router.afterPermanentFailure("sophie", Set.of("an"))).map(Manager::id).contains("bram");
        // no backup: the default owner
        assertThat(router.afterPermanentFailure("lotte", Set.of("lotte"))).map(Manager::id).contains("desk");
        // the default owner itself failed and has no backup
        assertThat(router.afterPermanentFailure("desk", Set.of())).isEmpty();
    }

    @Test
    void refusesAConfigurationThatNamesAnUnknownManager() {
        RoutingConfig config = new RoutingConfig(List.of(manager("desk", true, null)),
                List.of(new TerritoryRule("t", "nobody", "postcode", List.of(Province.LUIK))), "desk");

        assertThatThrownBy(() -> new Router(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule t names unknown manager 'nobody'");
    }
}
