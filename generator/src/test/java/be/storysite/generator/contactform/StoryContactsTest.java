package be.storysite.generator.contactform;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.forms.routing.AccountRule;
import be.storysite.forms.routing.Manager;
import be.storysite.forms.routing.Province;
import be.storysite.forms.routing.RoutingConfig;
import be.storysite.forms.routing.SpecialistRule;
import be.storysite.forms.routing.TerritoryRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryContactsTest {

    private static Manager manager(String id, boolean active, String backup) {
        return new Manager(id, "Naam " + id, id + "@vicinia.example", "+32 16 00 00 0" + id.length(), active, backup);
    }

    private final RoutingConfig routing = new RoutingConfig(
            List.of(manager("sales", true, null), manager("cyber", true, null), manager("limburg", false, "backup"),
                    manager("backup", true, null), manager("account", true, null)),
            List.of(new AccountRule("account-x", "account", List.of("Gemeente X"), List.of(), List.of(), ""),
                    new SpecialistRule("specialist", "cyber", null, List.of(), List.of("cyberbeveiliging")),
                    new TerritoryRule("territory", "limburg", null, List.of(Province.LIMBURG))),
            "sales");
    private final StoryContacts contacts = new StoryContacts(routing);

    @Test
    void aServiceWithASpecialistGoesToTheSpecialist_whateverTheRegion() {
        assertThat(contacts.of(List.of("werkplek", "cyberbeveiliging"), "Limburg")).hasValueSatisfying(c -> {
            assertThat(c.manager().id()).isEqualTo("cyber");
            assertThat(c.kind()).isEqualTo("specialist");
        });
    }

    @Test
    void otherwiseTheRegionsTerritory_inAnyLanguage_withTheBackupOfAnInactiveManager() {
        assertThat(contacts.of(List.of("werkplek"), "Limbourg")).hasValueSatisfying(c -> {
            assertThat(c.manager().id()).isEqualTo("backup");
            assertThat(c.kind()).isEqualTo("territory");
        });
    }

    @Test
    void noMatchingRuleMeansTheGeneralContact_accountRulesDependOnTheWriterNotTheStory() {
        assertThat(contacts.of(List.of("werkplek"), "Antwerpen")).isEmpty();
        assertThat(contacts.of(List.of(), "ergens")).isEmpty();
    }
}
