package be.storysite.leads.model;

/**
 * The outcome of routing, stored with the lead so that sales can always see why a manager got it.
 *
 * @param managerId the relationship manager's id in {@code contact-forms/routing.yaml}
 * @param managerName display name
 * @param managerEmail the address the notification goes to
 * @param ruleId the id of the routing rule that matched, e.g. {@code account-lindebeek}
 * @param fallbackUsed true when the matched manager was inactive (or failed permanently) and a backup or the
 *                     default owner took over
 * @param reason one human sentence, shown in the notification ("named account: Gemeente Lindebeek")
 */
public record RoutingResult(String managerId, String managerName, String managerEmail, String ruleId,
                            boolean fallbackUsed, String reason) {
}
