package be.storysite.forms.routing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether one rule matches a lead and, if so, for which manager and why. Knows nothing of fallbacks:
 * that is the {@link Router}'s job.
 */
final class RuleMatcher {

    /** A rule's pick before fallbacks: the manager id it names and what matched, for the decision's reason. */
    record Match(String managerId, RoutingReason.Kind kind, List<String> values) {
    }

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");

    private final Map<String, Set<String>> accountNames = new HashMap<>();
    private final RoutingConfig config;

    RuleMatcher(RoutingConfig config) {
        this.config = config;
        // Normalise the account names once, not for every lead.
        for (RoutingRule rule : config.rules()) {
            if (rule instanceof AccountRule account) {
                Set<String> names = new HashSet<>();
                account.names().forEach(n -> names.add(Names.normalise(n)));
                accountNames.put(account.id(), Set.copyOf(names));
            }
        }
    }

    Optional<Match> match(RoutingRule rule, LeadFacts facts, RoundRobinCounter counter) {
        if (rule instanceof AccountRule account) {
            return account(account, facts);
        }
        if (rule instanceof SpecialistRule specialist) {
            return specialist(specialist, facts);
        }
        if (rule instanceof TerritoryRule territory) {
            return territory(territory, facts);
        }
        return roundRobin((RoundRobinRule) rule, counter);
    }

    private Optional<Match> account(AccountRule rule, LeadFacts facts) {
        Set<String> names = accountNames.get(rule.id());
        for (String field : rule.fields()) {
            String value = facts.field(field);
            if (!value.isBlank() && names.contains(Names.normalise(value))) {
                return Optional.of(new Match(rule.manager(), RoutingReason.Kind.NAMED_ACCOUNT, List.of(field, value.trim())));
            }
        }
        List<String> nisFields = rule.nisField().isEmpty() ? rule.fields() : List.of(rule.nisField());
        for (String field : nisFields) {
            String value = facts.field(field).trim();
            if (rule.nisCodes().contains(value)) {
                return Optional.of(new Match(rule.manager(), RoutingReason.Kind.NIS_CODE, List.of(field, value)));
            }
        }
        return Optional.empty();
    }

    private Optional<Match> specialist(SpecialistRule rule, LeadFacts facts) {
        String topic = facts.field(rule.topicField()).trim();
        if (rule.topics().contains(topic)) {
            return Optional.of(new Match(rule.manager(), RoutingReason.Kind.TOPIC, List.of(rule.topicField(), topic)));
        }
        if (facts.sourceKind().equals("service") && rule.services().contains(facts.sourceSlug())) {
            return Optional.of(new Match(rule.manager(), RoutingReason.Kind.SERVICE_PAGE,
                    List.of(facts.sourceSlug())));
        }
        for (String service : facts.sourceServices()) {
            if (rule.services().contains(service)) {
                return Optional.of(new Match(rule.manager(), RoutingReason.Kind.SOURCE_SERVICE,
                        List.of(facts.sourceKind(), facts.sourceSlug(), service)));
            }
        }
        return Optional.empty();
    }

    private Optional<Match> territory(TerritoryRule rule, LeadFacts facts) {
        String postcode = facts.field(rule.postcodeField()).trim();
        if (!POSTCODE.matcher(postcode).matches()) {
            return Optional.empty();
        }
        return Province.ofPostcode(Integer.parseInt(postcode))
                .filter(rule.provinces()::contains)
                .map(p -> new Match(rule.manager(), RoutingReason.Kind.TERRITORY, List.of(postcode, p.name())));
    }

    private Optional<Match> roundRobin(RoundRobinRule rule, RoundRobinCounter counter) {
        // Only active members take turns, so an absent colleague does not send every other lead to a backup.
        List<String> members = rule.managers().stream()
                .filter(id -> config.manager(id).map(Manager::active).orElse(false))
                .toList();
        if (members.isEmpty()) {
            members = rule.managers();
        }
        long turn = counter.next(rule.pool());
        String chosen = members.get((int) Math.floorMod(turn, (long) members.size()));
        return Optional.of(new Match(chosen, RoutingReason.Kind.ROUND_ROBIN, List.of(rule.pool(), String.valueOf(turn))));
    }
}
