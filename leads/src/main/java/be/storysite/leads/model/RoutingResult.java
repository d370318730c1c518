package be.storysite.leads.model;

import be.storysite.forms.routing.RoutingReason;

/**
 * The outcome of routing, stored with the lead so that sales can always see why a manager got it.
 *
 * @param managerId the relationship manager's id in {@code contact-forms/routing.yaml}
 * @param managerName display name
 * @param managerEmail the address the notification goes to
 * @param ruleId the id of the routing rule that matched, e.g. {@code account-lindebeek}
 * @param fallbackUsed true when the matched manager was inactive (or failed permanently) and a backup or the
 *                     default owner took over
 * @param reason one English sentence for logs and exports ("named account: Gemeente Lindebeek")
 * @param why the reason as data, which the notification says in its own language; null when unknown (leads stored
 *            before it was recorded, or re-routed after a refused address: then {@code reason} is shown)
 */
public record RoutingResult(String managerId, String managerName, String managerEmail, String ruleId,
                            boolean fallbackUsed, String reason, RoutingReason why) {

    /** A result whose reason is only a sentence. */
    public RoutingResult(String managerId, String managerName, String managerEmail, String ruleId,
                         boolean fallbackUsed, String reason) {
        this(managerId, managerName, managerEmail, ruleId, fallbackUsed, reason, null);
    }
}
