package be.storysite.forms.routing;

import java.util.List;
import java.util.Objects;

/**
 * Why a manager got a lead, as data: what matched ({@link Kind} and the matched {@code values}), the manager the
 * rule picked, and who took over when that manager was inactive. The notification mail renders it with the texts of
 * its own language ({@code routing.why.<kind>} in {@code templates/mail/messages_*.properties}); {@link #english()}
 * is the one-line sentence for logs and exports.
 *
 * <pre>{@code
 * RoutingReason why = new RoutingReason(RoutingReason.Kind.TOPIC, List.of("topic", "datacenter"), "Elke Wouters",
 *         RoutingReason.Takeover.NONE, "");
 * why.english();   // "topic 'datacenter' has a specialist -> Elke Wouters"
 * }</pre>
 *
 * @param kind what matched
 * @param values what the rule matched on, in the order {@link Kind} documents
 * @param ruleManager the name of the manager the rule (or the default) picked
 * @param takeover whether someone else took over because that manager was inactive
 * @param takenBy the name of who took over, empty when nobody did
 * @param refused with {@link Takeover#REFUSED}: the name of the manager whose address the mail server refused
 */
public record RoutingReason(Kind kind, List<String> values, String ruleManager, Takeover takeover, String takenBy,
                            String refused) {

    /** What matched, with the {@code values} each kind carries. */
    public enum Kind {
        /** No rule matched: the default owner. No values. */
        NO_RULE,
        /** An account rule matched a name: field, value. */
        NAMED_ACCOUNT,
        /** An account rule matched a NIS code: field, code. */
        NIS_CODE,
        /** A specialist rule matched the topic: field, topic. */
        TOPIC,
        /** A specialist rule matched the service page the lead came from: service slug. */
        SERVICE_PAGE,
        /** A specialist rule matched a service of the story or page the lead came from: kind, slug, service. */
        SOURCE_SERVICE,
        /** A territory rule matched the postcode: postcode, province (its {@link Province} name). */
        TERRITORY,
        /** A round-robin pool: pool, turn. */
        ROUND_ROBIN
    }

    /**
     * Who took over: the backup or the default owner of an inactive manager, or (REFUSED) the next one after the
     * mail server refused a manager's address for good.
     */
    public enum Takeover {
        NONE, BACKUP, DEFAULT_OWNER, REFUSED
    }

    public RoutingReason {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
        ruleManager = ruleManager == null ? "" : ruleManager;
        takeover = takeover == null ? Takeover.NONE : takeover;
        takenBy = takenBy == null ? "" : takenBy;
        refused = refused == null ? "" : refused;
    }

    /** A reason without a refused address. */
    public RoutingReason(Kind kind, List<String> values, String ruleManager, Takeover takeover, String takenBy) {
        this(kind, values, ruleManager, takeover, takenBy, "");
    }

    /** The same reason after {@code who} took over from the inactive manager. */
    RoutingReason takenOver(Takeover how, String who) {
        return new RoutingReason(kind, values, ruleManager, how, who);
    }

    /** The same reason after the mail server refused {@code refusedManager}'s address and {@code who} took over. */
    public RoutingReason refusedThen(String refusedManager, String who) {
        return new RoutingReason(kind, values, ruleManager, Takeover.REFUSED, who, refusedManager);
    }

    /** One English line, e.g. {@code rule specialist-datacenter: topic 'datacenter' has a specialist -> Elke Wouters}. */
    public String english() {
        String head = what() + " -> " + ruleManager;
        return switch (takeover) {
            case NONE -> head;
            case BACKUP -> head + ", inactive; backup " + takenBy + " takes over";
            case DEFAULT_OWNER -> head + ", inactive without an active backup; default owner " + takenBy
                    + " takes over";
            case REFUSED -> head + "; the mail server refused the address of " + refused + ", " + takenBy
                    + " takes over";
        };
    }

    private String what() {
        return switch (kind) {
            case NO_RULE -> "no rule matched";
            case NAMED_ACCOUNT -> value(0) + " '" + value(1) + "' is a named account";
            case NIS_CODE -> value(0) + " has NIS code " + value(1) + " of a named account";
            case TOPIC -> value(0) + " '" + value(1) + "' has a specialist";
            case SERVICE_PAGE -> "came from the page of service '" + value(0) + "', which has a specialist";
            case SOURCE_SERVICE -> (value(1).isEmpty() ? "the source page"
                    : "source " + (value(0).isEmpty() ? "page" : value(0)) + " '" + value(1) + "'")
                    + " is about service '" + value(2) + "', which has a specialist";
            case TERRITORY -> "postcode " + value(0) + " lies in " + province(value(1), "nl");
            case ROUND_ROBIN -> "round robin pool '" + value(0) + "', turn " + value(1);
        };
    }

    /** Value {@code i}, empty when absent (a reason read back from an older store). */
    public String value(int i) {
        return i < values.size() ? values.get(i) : "";
    }

    /** A province's name in {@code lang}, or the stored text itself when it names no province. */
    public static String province(String name, String lang) {
        for (Province province : Province.values()) {
            if (province.name().equals(name)) {
                return province.displayName(lang);
            }
        }
        return name;
    }
}
