package be.storysite.forms.routing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the relationship manager of a lead: the rules in order, first match wins, else the default owner; an
 * inactive manager's lead goes to their backup (and the backup's backup, while inactive), else the default owner.
 *
 * <p>Pure and deterministic: the same facts, configuration and counter values give the same decision. Thread-safe.
 *
 * <pre>{@code
 * Router router = new Router(config.routing());
 * RoutingDecision d = router.route(new LeadFacts(values, "story", "lindebeek-thuiswerk", services), counter);
 * d.manager().email();   // where the notification goes
 * // the mail server said 550 for that address: who next?
 * router.afterPermanentFailure(d.manager().id(), Set.of(d.manager().id()));
 * }</pre>
 */
public final class Router {

    /** The rule id recorded when no rule matched and the default owner got the lead. */
    public static final String DEFAULT_RULE_ID = "default";
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}+");

    private final RoutingConfig config;
    private final Manager defaultOwner;
    private final RuleMatcher matcher;

    /**
     * @throws IllegalArgumentException when the configuration names a manager it does not define (configurations
     *     from {@code FormsLoader} never do)
     */
    public Router(RoutingConfig config) {
        this.config = config;
        this.defaultOwner = known(config.defaultOwner(), "default owner");
        for (Manager m : config.managers()) {
            if (m.hasBackup()) {
                known(m.backup(), "backup of " + m.id());
            }
        }
        for (RoutingRule rule : config.rules()) {
            if (rule instanceof RoundRobinRule pool) {
                if (pool.managers().isEmpty()) {
                    throw new IllegalArgumentException("round robin rule '" + pool.id() + "' has no managers");
                }
                pool.managers().forEach(id -> known(id, "rule " + rule.id()));
            } else {
                known(managerOf(rule), "rule " + rule.id());
            }
        }
        this.matcher = new RuleMatcher(config);
    }

    /** The manager for a lead, the rule that chose them, and why. */
    public RoutingDecision route(LeadFacts facts, RoundRobinCounter counter) {
        for (RoutingRule rule : config.rules()) {
            Optional<RuleMatcher.Match> match = matcher.match(rule, facts, counter);
            if (match.isPresent()) {
                return decide(match.get().managerId(), rule.id(), match.get().kind(), match.get().values());
            }
        }
        return decide(defaultOwner.id(), DEFAULT_RULE_ID, RoutingReason.Kind.NO_RULE, List.of());
    }

    /**
     * Who gets the lead after the mail server refused {@code failedManagerId}'s address for good: the first active
     * manager along their backup chain, then the default owner, skipping everyone in {@code alreadyTried}.
     *
     * @return empty when nobody is left to try
     */
    public Optional<Manager> afterPermanentFailure(String failedManagerId, Set<String> alreadyTried) {
        Set<String> skip = new HashSet<>(alreadyTried);
        skip.add(failedManagerId);
        Optional<Manager> failed = config.manager(failedManagerId);
        if (failed.isPresent()) {
            Optional<Manager> backup = firstActiveBackup(failed.get(), skip);
            if (backup.isPresent()) {
                return backup;
            }
        }
        return defaultOwner.active() && !skip.contains(defaultOwner.id()) ? Optional.of(defaultOwner)
                : Optional.empty();
    }

    private RoutingDecision decide(String managerId, String ruleId, RoutingReason.Kind kind, List<String> values) {
        Manager chosen = config.manager(managerId).orElseThrow();
        // The reason quotes what the visitor typed; keep it on one line whatever the caller passed in.
        RoutingReason why = new RoutingReason(kind, values.stream().map(Router::oneLine).toList(), chosen.name(),
                RoutingReason.Takeover.NONE, "");
        if (chosen.active()) {
            return decision(chosen, ruleId, false, why);
        }
        Optional<Manager> backup = firstActiveBackup(chosen, Set.of());
        if (backup.isPresent()) {
            return decision(backup.get(), ruleId, true, why.takenOver(RoutingReason.Takeover.BACKUP,
                    backup.get().name()));
        }
        // The loader guarantees an active default owner; an inactive one still gets the lead rather than losing it.
        return decision(defaultOwner, ruleId, true, why.takenOver(RoutingReason.Takeover.DEFAULT_OWNER,
                defaultOwner.name()));
    }

    private static RoutingDecision decision(Manager manager, String ruleId, boolean fallbackUsed, RoutingReason why) {
        String reason = oneLine((ruleId.equals(DEFAULT_RULE_ID) ? "" : "rule " + ruleId + ": ") + why.english());
        return new RoutingDecision(manager, ruleId, fallbackUsed, reason, why);
    }

    private static String oneLine(String text) {
        return CONTROLS.matcher(text).replaceAll(" ");
    }

    /** Follows backup links (the loader rejects cycles; {@code seen} guards against them anyway). */
    private Optional<Manager> firstActiveBackup(Manager from, Set<String> skip) {
        Set<String> seen = new HashSet<>();
        seen.add(from.id());
        Manager current = from;
        while (current.hasBackup() && seen.add(current.backup())) {
            current = config.manager(current.backup()).orElseThrow();
            if (current.active() && !skip.contains(current.id())) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    private Manager known(String id, String where) {
        return config.manager(id).orElseThrow(
                () -> new IllegalArgumentException(where + " names unknown manager '" + id + "'"));
    }

    static String managerOf(RoutingRule rule) {
        if (rule instanceof AccountRule a) {
            return a.manager();
        }
        if (rule instanceof SpecialistRule s) {
            return s.manager();
        }
        return ((TerritoryRule) rule).manager();
    }
}
