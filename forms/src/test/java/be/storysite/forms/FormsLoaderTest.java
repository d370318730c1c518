package be.storysite.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.forms.routing.AccountRule;
import be.storysite.forms.routing.LeadFacts;
import be.storysite.forms.routing.RoundRobinCounter;
import be.storysite.forms.routing.Router;
import be.storysite.forms.routing.RoutingDecision;
import be.storysite.forms.routing.Manager;
import be.storysite.forms.routing.RoutingConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormsLoaderTest {

    @TempDir
    Path dir;

    private ConfigDir config() {
        return new ConfigDir(dir);
    }

    @Test
    void readsAValidFolder() {
        FormsConfig loaded = config().valid().load();

        FormDefinition form = loaded.form("contact");
        assertThat(form.fields()).extracting(FieldDefinition::name)
                .containsExactly("organisation", "municipality", "postcode", "topic", FormDefinition.CONSENT_FIELD);
        assertThat(form.field("topic").orElseThrow().choices()).extracting(Choice::value).containsExactly("cloud");
        assertThat(form.field("topic").orElseThrow().maxLength()).isEqualTo(FieldType.SELECT.defaultMaxLength());
        FieldDefinition consent = form.field("consent").orElseThrow();
        assertThat(consent.type()).isEqualTo(FieldType.CHECKBOX);
        assertThat(consent.required()).isTrue();
        assertThat(consent.label("fr")).isEqualTo("Accord");
        assertThat(form.privacyVersion()).isEqualTo("2024-05");
        assertThat(form.thankYouPage("en")).isEqualTo("/en/thanks/");
        assertThat(form.honeypotField()).isEqualTo("website");
        assertThat(form.minSecondsToSubmit()).isEqualTo(3);
        assertThat(form.version()).matches("[0-9a-f]{12}").isEqualTo(form.computeVersion());

        RoutingConfig routing = loaded.routing();
        assertThat(routing.defaultOwner()).isEqualTo("desk");
        assertThat(routing.manager("an")).contains(
                new Manager("an", "An Peeters", "an@vicinia.example", "", true, "desk"));
        assertThat(routing.rules()).containsExactly(new AccountRule("account-a", "an", List.of("Gemeente A"),
                List.of(), AccountRule.DEFAULT_FIELDS, ""));
    }

    @Test
    void theExampleSiteConfigurationLoads() {
        FormsConfig example = FormsLoader.load(Path.of("../contact-forms"));

        FormDefinition contact = example.form("contact");
        assertThat(contact.field("topic").orElseThrow().choices()).extracting(Choice::value).containsExactly(
                "werkplek-in-de-cloud", "datacenter-hosting", "cyberbeveiliging", "netwerk-en-connectiviteit",
                "iets-anders");
        assertThat(contact.thankYouPage()).containsEntry("nl", "/bedankt/").containsEntry("fr", "/fr/merci/")
                .containsEntry("en", "/en/thank-you/");
        Router router = new Router(example.routing());
        RoundRobinCounter first = pool -> 0;
        // a reader of the Lindebeek story who works for Lindebeek: their account manager
        assertThat(router.route(new LeadFacts(Map.of("organisation", "gemeente lindebeek", "topic",
                "werkplek-in-de-cloud"), "story", "lindebeek-thuiswerk", List.of("werkplek-in-de-cloud")), first)
                .manager().email()).isEqualTo("an.peeters@vicinia.example");
        // Leie-Mandel's manager is on leave: his backup takes over
        RoutingDecision onLeave = router.route(new LeadFacts(Map.of("organisation", "HVZ Leie-Mandel"), "", "",
                List.of()), first);
        assertThat(onLeave.ruleId()).isEqualTo("account-leie-mandel");
        assertThat(onLeave.manager().id()).isEqualTo("an-peeters");
        assertThat(onLeave.fallbackUsed()).isTrue();
        // a new prospect from Namur asking about security: the specialist, not the territory
        assertThat(router.route(new LeadFacts(Map.of("organisation", "Ville de Namur", "postcode", "5000", "topic",
                "cyberbeveiliging"), "", "", List.of()), first).ruleId()).isEqualTo("specialist-cyberbeveiliging");
        assertThat(router.route(new LeadFacts(Map.of("organisation", "Ville de Namur", "postcode", "5000", "topic",
                "iets-anders"), "", "", List.of()), first).ruleId()).isEqualTo("territory-wallonie");
        // no postcode, no account, no specialist: the pool
        assertThat(router.route(new LeadFacts(Map.of("organisation", "Nieuw", "topic", "iets-anders"), "", "",
                List.of()), first).ruleId()).isEqualTo("pool-nieuwe-klanten");
    }

    @Test
    void unknownKeysAreErrorsWithDidYouMean() {
        assertThat(config().withForm("    type: text\n    label: {nl: Organisatie",
                "    type: text\n    requird: true\n    label: {nl: Organisatie").write("routing.yaml",
                ConfigDir.ROUTING.replace("rules:", "rulez:")).errorsWithHints()).containsExactly(
                "contact.yaml:6:5: error: unknown key 'requird' in field 'organisation'\n  hint: did you mean 'required'?",
                "routing.yaml:10:1: error: unknown key 'rulez' in the routing\n  hint: did you mean 'rules'?");
    }

    @Test
    void wrongTypesAreErrors() {
        assertThat(config().withForm("    type: text\n    label: {nl: Organisatie",
                "    type: text\n    required: ja\n    max_length: lots\n    label: {nl: Organisatie")
                .write("routing.yaml", ConfigDir.ROUTING).errors()).containsExactly(
                "contact.yaml:6:15: error: 'required' of field 'organisation' must be true or false, not a text",
                "contact.yaml:7:17: error: 'max_length' of field 'organisation' must be a whole number, not a text");
    }

    @Test
    void unknownTypeSuggestsTheNearestOne() {
        assertThat(config().withForm("    type: postcode", "    type: postocde").write("routing.yaml",
                ConfigDir.ROUTING).errorsWithHints()).containsExactly(
                "contact.yaml:11:11: error: unknown type 'postocde' for field 'postcode'\n"
                        + "  hint: did you mean 'postcode'?");
    }

    @Test
    void aMissingTranslationIsAnError() {
        assertThat(config().withForm("{nl: Organisatie, fr: Organisation, en: Organisation}",
                "{nl: Organisatie, fr: Organisation}").write("routing.yaml", ConfigDir.ROUTING).errorsWithHints())
                .containsExactly("contact.yaml:6:12: error: 'label' of field 'organisation' has no English text"
                        + " ('en')\n  hint: add a line  en: ...  under 'label'");
    }

    @Test
    void aSelectNeedsChoices() {
        String choices = "    choices:\n      - {value: cloud, label: {nl: Cloud, fr: Nuage, en: Cloud}}\n";
        assertThat(config().withForm(choices, "    choices: []\n").write("routing.yaml", ConfigDir.ROUTING).errors())
                .containsExactly("contact.yaml:16:14: error: field 'topic' is a select without choices");
        assertThat(config().withForm(choices, "").errors())
                .containsExactly("contact.yaml:13:5: error: field 'topic' needs 'choices'");
        assertThat(config().withForm("    type: postcode\n", "    type: postcode\n    choices: []\n").errors())
                .containsExactly("contact.yaml:12:14: error: field 'postcode' has choices but is a postcode field");
    }

    @Test
    void fieldNamesAreUniqueAndConsentIsReserved() {
        assertThat(config().withForm("  - name: postcode", "  - name: topic").write("routing.yaml",
                ConfigDir.ROUTING).errors()).containsExactly(
                "contact.yaml:13:11: error: field 'topic' is defined twice (first on line 10)");
        assertThat(config().withForm("  - name: municipality", "  - name: consent").write("routing.yaml",
                ConfigDir.ROUTING.replace("names: [Gemeente A]", "names: [Gemeente A]\n    fields: [organisation]"))
                .errors()).containsExactly(
                "contact.yaml:7:11: error: the field name 'consent' is reserved for the consent checkbox");
    }

    @Test
    void autocompleteValuesAreChecked() {
        assertThat(config().withForm("    type: text\n    label: {nl: Organisatie",
                "    type: text\n    autocomplete: organisation\n    label: {nl: Organisatie")
                .write("routing.yaml", ConfigDir.ROUTING).errorsWithHints()).containsExactly(
                "contact.yaml:6:19: error: 'organisation' is not an HTML autocomplete value\n"
                        + "  hint: did you mean 'organization'?");
    }

    @Test
    void pagesMustBeSitePaths() {
        assertThat(config().withForm("en: /en/thanks/", "en: https://example.org/thanks")
                .write("routing.yaml", ConfigDir.ROUTING).errors()).containsExactly(
                "contact.yaml:21:17: error: 'thank_you_page' for 'en' is 'https://example.org/thanks', not a path on"
                        + " the site");
    }

    @Test
    void unknownManagersInRulesBackupsAndDefaultOwner() {
        assertThat(config().write("contact.yaml", ConfigDir.FORM).write("routing.yaml", ConfigDir.ROUTING
                .replace("default_owner: desk", "default_owner: dek")
                .replace("backup: desk", "backup: des")
                .replace("manager: an", "manager: ann")).errorsWithHints()).containsExactly(
                "routing.yaml:1:16: error: default owner 'dek' is not a manager\n  hint: did you mean 'desk'?",
                "routing.yaml:9:13: error: backup 'des' of manager 'an' is not a manager\n  hint: did you mean 'desk'?",
                "routing.yaml:13:14: error: unknown manager 'ann' in rule 'account-a'\n  hint: did you mean 'an'?");
    }

    @Test
    void aRuleThatNamesAnUnknownFieldIsAnError() {
        assertThat(config().write("contact.yaml", ConfigDir.FORM).withRouting("names: [Gemeente A]",
                "names: [Gemeente A]\n    fields: [organisation, gemeente]").errorsWithHints()).containsExactly(
                "routing.yaml:15:28: error: rule 'account-a' names field 'gemeente', which no form has\n"
                        + "  hint: use one of: municipality, organisation, postcode, topic");
    }

    @Test
    void aDuplicateAccountIsAnErrorWhateverItsCaseOrAccents() {
        String rules = """
                  - id: account-b
                    kind: account
                    manager: desk
                    names: [GEMEENTE-Á, Gemeente B]
                    nis_codes: ["24062"]
                  - id: account-c
                    kind: account
                    manager: an
                    nis_codes: ["24062", "11002", "11002"]
                """;
        assertThat(config().write("contact.yaml", ConfigDir.FORM).write("routing.yaml", ConfigDir.ROUTING + rules)
                .errors()).containsExactly(
                "routing.yaml:18:13: error: account name 'GEMEENTE-Á' is already an account in rule 'account-a'"
                        + " (line 14)",
                "routing.yaml:23:17: error: NIS code 24062 is already an account in rule 'account-b' (line 19)",
                "routing.yaml:23:35: error: NIS code 11002 is already an account earlier in this rule (line 23)");
    }

    @Test
    void aBackupCycleIsAnError() {
        assertThat(config().write("contact.yaml", ConfigDir.FORM).withRouting("    email: desk@vicinia.example\n",
                "    email: desk@vicinia.example\n    backup: an\n").errorsWithHints()).containsExactly(
                "routing.yaml:6:13: error: backups go round in a circle: desk -> an -> desk\n"
                        + "  hint: end the chain: one of them needs no backup, or a backup outside the circle");
        assertThat(config().withRouting("    email: an@vicinia.example\n    backup: desk\n",
                "    email: an@vicinia.example\n    backup: an\n").errors()).containsExactly(
                "routing.yaml:9:13: error: manager 'an' is their own backup");
    }

    @Test
    void theDefaultOwnerMustBeActive() {
        assertThat(config().write("contact.yaml", ConfigDir.FORM).withRouting("    email: desk@vicinia.example\n",
                "    email: desk@vicinia.example\n    active: false\n").errors()).containsExactly(
                "routing.yaml:1:16: error: default owner 'desk' is inactive, so leads could reach nobody");
    }

    @Test
    void ruleKindsAndTheirKeysAreChecked() {
        String rules = """
                  - id: cyber
                    kind: specialst
                  - id: limburg
                    kind: territory
                    manager: an
                    provinces: [limbrug, Liège, luik]
                  - id: topics
                    kind: specialist
                    manager: an
                    topics: [clod]
                  - id: wrong-field
                    kind: territory
                    manager: an
                    postcode_field: organisation
                    provinces: [namen]
                    names: [x]
                """;
        assertThat(config().write("contact.yaml", ConfigDir.FORM).write("routing.yaml", ConfigDir.ROUTING + rules)
                .errorsWithHints()).containsExactly(
                "routing.yaml:16:11: error: unknown kind 'specialst' for rule 'cyber'\n"
                        + "  hint: did you mean 'specialist'?",
                "routing.yaml:20:17: error: unknown province 'limbrug' in rule 'limburg'\n"
                        + "  hint: did you mean 'limburg'?",
                "routing.yaml:20:33: error: province 'luik' is listed twice in rule 'limburg'\n"
                        + "  hint: remove one of them",
                "routing.yaml:24:14: error: topic 'clod' in rule 'topics' is not a choice of field 'topic'\n"
                        + "  hint: did you mean 'cloud'?",
                "routing.yaml:28:21: error: rule 'wrong-field' reads a postcode from field 'organisation', which is a"
                        + " text field\n  hint: give that field  type: postcode",
                "routing.yaml:30:5: error: unknown key 'names' in rule 'wrong-field'\n"
                        + "  hint: use one of: id, kind, manager, provinces, postcode_field");
    }

    @Test
    void rulesAfterARoundRobinCanNeverMatch() {
        String rules = """
                  - id: pool
                    kind: round_robin
                    managers: [an, desk, an]
                  - id: late
                    kind: territory
                    manager: an
                    provinces: [antwerpen]
                """;
        assertThat(config().write("contact.yaml", ConfigDir.FORM).write("routing.yaml", ConfigDir.ROUTING + rules)
                .errors()).containsExactly(
                "routing.yaml:17:26: error: manager 'an' is listed twice in rule 'pool'",
                "routing.yaml:18:9: error: rule 'late' can never match: round robin rule 'pool' before it takes"
                        + " every lead");
    }

    @Test
    void reportsEveryErrorOfEveryFileAtOnce() {
        config().write("contact.yaml", ConfigDir.FORM.replace("title: {nl: Contact, fr: Contact, en: Contact}",
                        "title: {nl: Contact, fr: Contact}"))
                .write("other.yaml", "title: [unclosed\n")
                .write("routing.yaml", ConfigDir.ROUTING.replace("manager: an", "manager: nobody"));

        assertThatThrownBy(config()::load).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.step()).isEqualTo("forms");
            assertThat(e.diagnostics()).extracting(d -> d.headline(dir)).containsExactly(
                    "contact.yaml:1:8: error: 'title' of form 'contact' has no English text ('en')",
                    "other.yaml:2:1: error: invalid YAML: expected ',' or ']', but got <stream end>",
                    "routing.yaml:13:14: error: unknown manager 'nobody' in rule 'account-a'");
        });
    }

    @Test
    void missingFilesAndYmlFilesAreReported() {
        config().write("contact.yml", ConfigDir.FORM);
        String folder = dir.getFileName().toString();

        assertThatThrownBy(config()::load).isInstanceOfSatisfying(DiagnosticException.class, e ->
                assertThat(e.diagnostics()).extracting(d -> d.headline(dir.getParent())).containsExactly(
                        folder + ": error: no form in " + dir,
                        folder + "/contact.yml: error: 'contact.yml' ends in .yml and would be ignored",
                        folder + "/routing.yaml: error: routing.yaml is missing"));
    }

    @Test
    void aMissingFolderIsReported() {
        Path missing = dir.resolve("contact-forms");

        assertThatThrownBy(() -> FormsLoader.load(missing)).isInstanceOfSatisfying(DiagnosticException.class, e ->
                assertThat(e.diagnostics()).extracting(d -> d.headline(dir)).containsExactly(
                        "contact-forms: error: no contact-forms folder at " + missing));
    }
}
