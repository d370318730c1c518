package be.storysite.forms.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code contact-forms/routing.yaml}: who can receive leads and the ordered rules that choose.
 *
 * <pre>{@code
 * RoutingConfig routing = FormsLoader.load(dir).routing();
 * routing.manager("an-peeters").map(Manager::email);   // Optional[an.peeters@vicinia.example]
 * }</pre>
 *
 * @param managers every relationship manager, active or not
 * @param rules the rules in the order they are tried; the first that matches wins
 * @param defaultOwner the id of the manager who gets a lead no rule matched, and the last fallback
 */
public record RoutingConfig(List<Manager> managers, List<RoutingRule> rules, String defaultOwner) {

    public RoutingConfig {
        managers = List.copyOf(managers);
        rules = List.copyOf(rules);
        Objects.requireNonNull(defaultOwner, "defaultOwner");
    }

    public Optional<Manager> manager(String id) {
        return managers.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<RoutingRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
