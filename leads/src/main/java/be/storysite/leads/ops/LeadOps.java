package be.storysite.leads.ops;

import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.store.DeliveryAttempt;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.StoredLead;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an operator does with the stored leads; {@code ./storysite leads list|export|resend|purge|forget} call it.
 * Each operation is one transaction on the same database the service uses (safe while the service runs: SQLite
 * waits for its lock, PostgreSQL runs it beside).
 *
 * <pre>{@code
 * LeadOps ops = new LeadOps(store, Clock.systemUTC());
 * ops.exportCsv(new OutputStreamWriter(System.out, UTF_8));
 * ops.purgeOlderThan(RetentionAge.parse("365d"));
 * ops.forget("els.peeters@lindebeek.example");
 * }</pre>
 */
public final class LeadOps {

    private final LeadStore store;
    private final Clock clock;

    public LeadOps(LeadStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The {@code limit} newest leads with their delivery state. */
    public List<StoredLead> list(int limit) {
        return store.list(limit);
    }

    /** Every lead, oldest first, as CSV on {@code out} (flushed, not closed). */
    public void exportCsv(Writer out) {
        LeadCsv csv = new LeadCsv(out);
        store.forEach(csv::write);
        csv.close();
    }

    /** The delivery audit of one lead (every attempt, its outcome and the server's reply). */
    public List<DeliveryAttempt> attempts(String leadId) {
        return store.attempts(leadId);
    }

    /** Queues the lead's notification again; empty when no lead has this id. */
    public Optional<DeliveryJob> resend(String leadId) {
        return store.resend(leadId, clock.instant());
    }

    /** Retention: deletes the leads older than {@code age}; returns how many. */
    public int purgeOlderThan(Duration age) {
        return store.purgeOlderThan(clock.instant().minus(age));
    }

    /** GDPR erasure of everything stored about this address; returns how many leads were deleted. */
    public int forget(String email) {
        return store.forget(email);
    }
}
