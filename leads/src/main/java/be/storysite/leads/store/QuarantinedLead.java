package be.storysite.leads.store;

import be.storysite.leads.model.Lead;

/**
 * A lead kept in quarantine: stored and routed, not delivered, until an operator releases it.
 *
 * <pre>{@code
 * for (QuarantinedLead q : store.quarantined(50)) {
 *     System.out.println(q.lead().id() + " " + q.reason());   // "time trap: sent 800 ms after the page loaded ..."
 * }
 * }</pre>
 *
 * @param lead the lead as it was received and routed
 * @param reason why it was quarantined (which heuristic, with its figures)
 */
public record QuarantinedLead(Lead lead, String reason) {
}
