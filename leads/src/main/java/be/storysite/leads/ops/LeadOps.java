package be.storysite.leads.ops;

import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import be.storysite.leads.store.DeliveryAttempt;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.NewJob;
import be.storysite.leads.store.QuarantinedLead;
import be.storysite.leads.store.Release;
import be.storysite.leads.store.StoredLead;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an operator does with the stored leads; {@code ./storysite leads list|export|resend|purge|forget|spam}
 * call it.
 * Each operation is one transaction on the same database the service uses (safe while the service runs: SQLite
 * waits for its lock, PostgreSQL runs it beside).
 *
 * <pre>{@code
 * LeadOps ops = new LeadOps(store, Clock.systemUTC());
 * ops.exportCsv(new OutputStreamWriter(System.out, UTF_8));
 * ops.purgeOlderThan(RetentionAge.parse("365d"));
 * ops.forget("els.peeters@lindebeek.example");
 * ops.release(id, LeadService.deliveryPlan(config));   // out of quarantine, delivered by the running service
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

    /** Retention: deletes the leads older than {@code age} (quarantined ones included); returns how many. */
    public int purgeOlderThan(Duration age) {
        return store.purgeOlderThan(clock.instant().minus(age));
    }

    /** Retention of quarantine (shorter): deletes the quarantined leads older than {@code age}; returns how many. */
    public int purgeQuarantineOlderThan(Duration age) {
        return store.purgeQuarantineOlderThan(clock.instant().minus(age));
    }

    /** The {@code limit} newest leads in quarantine, with why each was kept back. */
    public List<QuarantinedLead> quarantined(int limit) {
        return store.quarantined(limit);
    }

    /**
     * Releases a quarantined lead: its delivery jobs ({@code plan}) are queued now and the running service
     * delivers them at its next poll. A second release queues nothing.
     */
    public Release release(String leadId, Function<Lead, List<NewJob>> plan) {
        return store.release(leadId, plan, clock.instant());
    }

    /** GDPR erasure of everything stored about this address (in quarantine too); returns how many leads. */
    public int forget(String email) {
        return store.forget(email);
    }
}
