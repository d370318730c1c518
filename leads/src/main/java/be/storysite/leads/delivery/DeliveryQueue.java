package be.storysite.leads.delivery;

import be.storysite.forms.routing.RoutingReason;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The durable queue of delivery jobs, as the delivery worker sees it. Implemented by the store (SQLite or
 * PostgreSQL); several workers, in one process or several, may claim from it at once and never get the same
 * job while its lease runs.
 */
public interface DeliveryQueue {

    /** A claimed job together with its lead. */
    record Claimed(DeliveryJob job, Lead lead) {
    }

    /** The worker stopped with no job in flight: it no longer needs to be known as alive. */
    default void leave(String workerId) {
    }

    /**
     * Claims up to {@code max} pending jobs whose {@code nextAttemptAt <= now}, leasing them to {@code workerId}
     * for {@code lease}; a job whose lease expired, or whose worker is known to have died, can be claimed again.
     * The first claim of a worker announces it, so that its own claims are freed soon after it dies.
     */
    List<Claimed> claim(String workerId, int max, Duration lease, Instant now);

    /** The job succeeded; {@code reply} is the server's answer (e.g. {@code 250 2.0.0 Ok}). */
    void delivered(long jobId, String reply, Instant at);

    /** A temporary failure: count the attempt, keep the reply, try again at {@code nextAttemptAt}. */
    void retryLater(long jobId, String reply, Instant nextAttemptAt);

    /**
     * A permanent failure for this recipient: send to {@code newRecipient} instead (the manager's backup, else the
     * default owner), recording the new routing on the lead.
     */
    void reroute(long jobId, String reply, String newManagerId, String newRecipient, String reason, RoutingReason why,
                 Instant at);

    /** Give up: the job is dead-lettered with {@code reason}; the caller raises the alert. */
    void dead(long jobId, String reason, Instant at);
}
