package be.storysite.leads.model;

import java.time.Instant;

/**
 * One unit of delivery work, created in the same transaction as its lead.
 *
 * @param id the job's id
 * @param leadId the lead it delivers
 * @param channel what to do
 * @param recipient the e-mail address (or webhook URL) it goes to now; changes when a permanent failure
 *                  re-routes it to a backup
 * @param attempts attempts made so far
 * @param createdAt when the job (and its lead) was stored
 * @param nextAttemptAt not before this time
 * @param state where it is in its life cycle
 * @param lastReply the last SMTP (or HTTP) reply, for operators
 */
public record DeliveryJob(long id, String leadId, DeliveryChannel channel, String recipient, int attempts,
                          Instant createdAt, Instant nextAttemptAt, DeliveryState state, String lastReply) {
}
