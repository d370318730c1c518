package be.storysite.forms.routing;

import java.util.List;
import java.util.Objects;

/**
 * A pool of managers that take turns for every lead that reaches this rule. The turn comes from a durable
 * {@link RoundRobinCounter} (the lead service stores it), so it survives a restart.
 *
 * <pre>{@code
 * new RoundRobinRule("pool-new-business", "new-business", List.of("an-peeters", "bram-claes"));
 * }</pre>
 *
 * @param id the rule id
 * @param pool the counter's name, by default the rule id
 * @param managers the manager ids, in turn order
 */
public record RoundRobinRule(String id, String pool, List<String> managers) implements RoutingRule {

    public RoundRobinRule {
        Objects.requireNonNull(id, "id");
        pool = pool == null || pool.isEmpty() ? id : pool;
        managers = List.copyOf(managers);
    }

    @Override
    public String kind() {
        return "round_robin";
    }
}
