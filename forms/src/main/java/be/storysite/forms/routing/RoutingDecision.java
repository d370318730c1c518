package be.storysite.forms.routing;

import java.util.Objects;

/**
 * Who gets a lead and why, stored with the lead and shown in the notification mail.
 *
 * <pre>{@code
 * RoutingDecision d = router.route(facts, counter);
 * d.ruleId();        // "account-lindebeek", or "default"
 * d.reason();        // "organisation 'Gemeente Lindebeek' is a named account of An Peeters"
 * }</pre>
 *
 * @param manager the manager who receives the lead (always active)
 * @param ruleId the id of the rule that matched, or {@link Router#DEFAULT_RULE_ID}
 * @param fallbackUsed true when the rule's manager was inactive and a backup or the default owner took over
 * @param reason one English line for logs and exports: what matched, and who took over if anyone did
 * @param why the same as data, for a mail to say it in its own language
 */
public record RoutingDecision(Manager manager, String ruleId, boolean fallbackUsed, String reason, RoutingReason why) {

    public RoutingDecision {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(why, "why");
    }
}
