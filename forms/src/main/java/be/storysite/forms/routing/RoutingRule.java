package be.storysite.forms.routing;

/**
 * One rule of {@code routing.yaml}. The {@link Router} tries the rules in order; the first that matches a lead
 * names its manager, and the lead records the rule's {@link #id()}.
 *
 * <ul>
 *   <li>{@link AccountRule}: a named account, by organisation or municipality name or NIS code;</li>
 *   <li>{@link SpecialistRule}: a topic chosen in the form, or a service of the page the lead came from;</li>
 *   <li>{@link TerritoryRule}: the province of the postcode;</li>
 *   <li>{@link RoundRobinRule}: a pool of managers taking turns.</li>
 * </ul>
 */
public sealed interface RoutingRule permits AccountRule, SpecialistRule, TerritoryRule, RoundRobinRule {

    /** The rule's unique id, recorded with every lead it routes, e.g. {@code account-lindebeek}. */
    String id();

    /** The word written as {@code kind:} in YAML, e.g. {@code account}. */
    String kind();
}
