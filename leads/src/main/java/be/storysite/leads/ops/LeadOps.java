package be.storysite.leads.ops;

import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import be.storysite.leads.store.DeliveryAttempt;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.NewJob;
import be.storysite.leads.store.QuarantinedLead;
import be.storysite.leads.store.Release;
import be.storysite.leads.store.StoredLead;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an operator does with the stored leads; {@code ./storysite leads list|export|report|resend|purge|forget|spam}
 * call it.
 * Each operation is one transaction on the same database the service uses (safe while the service runs: SQLite
 * waits for its lock, PostgreSQL runs it beside).
 *
 * <pre>{@code
 * LeadOps ops = new LeadOps(store, Clock.system(ZoneId.of("Europe/Brussels")));   // the site's zone
 * ops.exportCsv(new OutputStreamWriter(System.out, UTF_8));
 * ops.exportXlsx(Files.newOutputStream(Path.of("leads.xlsx")));
 * ops.report(Duration.ofDays(90)).perStory();   // which stories bring conversations
 * ops.purgeOlderThan(RetentionAge.parse("365d"));
 * ops.forget("els.peeters@lindebeek.example");
 * ops.release(id, LeadService.deliveryPlan(config));   // out of quarantine, delivered by the running service
 * }</pre>
 */
public final class LeadOps {

    private final LeadStore store;
    private final Clock clock;
    private final Function<String, SalesFields> salesFields;

    /** Operations whose sales views find a lead's fields by their usual names ({@link SalesFields#BY_NAME}). */
    public LeadOps(LeadStore store, Clock clock) {
        this(store, clock, formId -> SalesFields.BY_NAME);
    }

    /**
     * @param clock now, and its zone is the site's (times in lists, exports and reports)
     * @param salesFields for a form id, which fields hold the name, organisation, topic, ... (from the form)
     */
    public LeadOps(LeadStore store, Clock clock, Function<String, SalesFields> salesFields) {
        this.store = store;
        this.clock = clock;
        this.salesFields = salesFields;
    }

    /** The {@code limit} newest leads with their delivery state. */
    public List<StoredLead> list(int limit) {
        return store.list(limit);
    }

    /**
     * The {@code limit} newest leads received in the last {@code age} (not those in quarantine), as a
     * salesperson reads them: times in the clock's zone (the site's).
     */
    public List<SalesLead> sales(int limit, Duration age) {
        return store.list(limit, since(age)).stream().map(this::sales).toList();
    }

    /**
     * Every lead, oldest first, as an xlsx workbook on {@code out} (not closed): {@link SalesColumns#EXPORT}, the
     * time as a date cell in the clock's zone (the site's).
     */
    public void exportXlsx(OutputStream out) {
        try (LeadXlsx xlsx = new LeadXlsx()) {
            xlsx.sheet("leads", SalesColumns.EXPORT.stream().map(SalesColumns.Column::header).toList());
            store.forEach(stored -> xlsx.row(exportRow(stored)));
            xlsx.write(out);
        }
    }

    /**
     * Every lead, oldest first, as CSV for Excel ({@link TableCsv.Dialect#EXCEL}: BOM, {@code ;}, CRLF) with the
     * columns of the xlsx export and local times; {@code out} must encode UTF-8 (flushed, not closed).
     */
    public void exportExcelCsv(Writer out) {
        try (TableCsv csv = new TableCsv(out, TableCsv.Dialect.EXCEL,
                SalesColumns.EXPORT.stream().map(SalesColumns.Column::header).toList())) {
            store.forEach(stored -> csv.row(exportRow(stored)));
        }
    }

    private SalesLead sales(StoredLead stored) {
        return SalesLead.of(stored, clock.getZone(), salesFields.apply(stored.lead().formId()));
    }

    private List<Object> exportRow(StoredLead stored) {
        SalesLead lead = sales(stored);
        return SalesColumns.EXPORT.stream().map(c -> c.value().apply(lead)).toList();
    }

    /** Leads of the last {@code age} per story, per service and per month (quarantined ones counted apart). */
    public LeadReport report(Duration age) {
        Instant since = since(age);
        LeadTally tally = new LeadTally();
        store.forEachSince(since, stored -> tally.add(sales(stored), stored.lead().source()));
        return tally.report(since, store.countQuarantinedSince(since));
    }

    /** The first moment of the last {@code age}; {@code null} (no limit) is the beginning of time. */
    private Instant since(Duration age) {
        return age == null ? Instant.EPOCH : clock.instant().minus(age);
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
