package be.storysite.generator.contactform;

import be.storysite.forms.routing.Manager;
import be.storysite.forms.routing.Province;
import be.storysite.forms.routing.RoutingConfig;
import be.storysite.forms.routing.RoutingRule;
import be.storysite.forms.routing.SpecialistRule;
import be.storysite.forms.routing.TerritoryRule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a reader of a story can call: the relationship manager the routing rules of {@code contact-forms/} give a
 * lead about the story's services (a specialist rule) or from its region (a territory rule, the region read as a
 * province), in the order the rules are written; an inactive manager's backup stands in, as for a lead. Account
 * and round-robin rules are left out: they depend on who writes, not on the story. Empty when no rule applies
 * (the page then shows the organisation's general contact).
 *
 * <pre>{@code
 * new StoryContacts(form.routing()).of(List.of("cyberbeveiliging"), "Antwerpen");
 * // Optional[StoryContact[manager=Karim El Amrani ..., kind=specialist]]
 * }</pre>
 */
public final class StoryContacts {

    private final RoutingConfig routing;

    public StoryContacts(RoutingConfig routing) {
        this.routing = routing;
    }

    /** The routing rules the contacts come from. */
    public RoutingConfig routing() {
        return routing;
    }

    /** The manager for a story with these service slugs and this region, with the kind of rule that chose them. */
    public Optional<StoryContact> of(List<String> services, String region) {
        Optional<Province> province = Province.parse(region);
        for (RoutingRule rule : routing.rules()) {
            if (rule instanceof SpecialistRule s && s.services().stream().anyMatch(services::contains)) {
                return available(s.manager()).map(m -> new StoryContact(m, "specialist"));
            }
            if (rule instanceof TerritoryRule t && province.isPresent() && t.provinces().contains(province.get())) {
                return available(t.manager()).map(m -> new StoryContact(m, "territory"));
            }
        }
        return Optional.empty();
    }

    /** The manager, else the first active one along their backups, else nobody (the general contact then). */
    private Optional<Manager> available(String id) {
        Set<String> seen = new HashSet<>();
        Optional<Manager> current = routing.manager(id);
        while (current.isPresent() && seen.add(current.get().id())) {
            if (current.get().active()) {
                return current;
            }
            current = current.get().hasBackup() ? routing.manager(current.get().backup()) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A story's contact.
     *
     * @param manager the manager (name and phone are shown; the e-mail address never is)
     * @param kind {@code specialist} or {@code territory}: the UI string of their role is {@code contact_role_<kind>}
     */
    public record StoryContact(Manager manager, String kind) {
    }
}
