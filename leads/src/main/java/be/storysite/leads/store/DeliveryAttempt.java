package be.storysite.leads.store;

import java.time.Instant;

/**
 * One line of the delivery audit: what happened to one attempt of one job.
 *
 * @param jobId the job
 * @param at when
 * @param outcome {@code DELIVERED}, {@code RETRY}, {@code REROUTED} or {@code DEAD}
 * @param recipient where the attempt went
 * @param reply the server's reply (or the reason for a dead letter)
 */
public record DeliveryAttempt(long jobId, Instant at, String outcome, String recipient, String reply) {
}
