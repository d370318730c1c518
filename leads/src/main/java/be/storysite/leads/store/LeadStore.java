package be.storysite.leads.store;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The durable store of leads and their delivery jobs, on SQLite or PostgreSQL.
 *
 * <pre>{@code
 * LeadStore store = new LeadStore(Databases.open(settings));
 * AcceptOutcome outcome = store.accept(lead, List.of(new NewJob(MANAGER_MAIL, "an@vicinia.be")), Optional.empty());
 * store.forget("prospect@example.be");   // GDPR erasure
 * }</pre>
 *
 * <p>Every method is one transaction. {@link #accept} returns only after the lead and its jobs are committed.
 */
public final class LeadStore implements AutoCloseable {

    private static final String LEAD_ORDER = " ORDER BY received_at, id";
    private static final int EXPORT_PAGE = 500;
    private static final String NOT_QUARANTINED = "quarantine_reason IS NULL";

    private final Database database;
    private final LeadRows leads = new LeadRows();

    public LeadStore(Database database) {
        this.database = database;
    }

    public Database database() {
        return database;
    }

    /** Stores {@code lead} with {@code jobs}; see {@link #accept(LeadDraft, Optional, Instant)}. */
    public AcceptOutcome accept(Lead lead, List<NewJob> jobs, Optional<IdempotencyRecord> idempotency) {
        return accept(turns -> new LeadDraft.Complete(lead, jobs), idempotency, lead.receivedAt());
    }

    /**
     * In one transaction: checks the idempotency key (a known key creates nothing), completes the draft (routing
     * may take a durable round-robin turn), and inserts the lead, its jobs and the key's answer.
     *
     * @throws StoreException when nothing could be stored; the caller must not say thank you
     */
    public AcceptOutcome accept(LeadDraft draft, Optional<IdempotencyRecord> idempotency, Instant now) {
        return database.write(c -> {
            if (idempotency.isPresent() && !IdempotencyKeys.record(c, idempotency.get(), null, now)) {
                return IdempotencyKeys.earlier(c, idempotency.get());
            }
            LeadDraft.Complete complete = draft.complete(pool -> nextTurn(c, pool));
            Lead lead = complete.lead();
            leads.insert(c, lead);
            if (complete.quarantine().isPresent()) {
                quarantine(c, lead.id(), complete.quarantine().get());
            }
            List<DeliveryJob> created = new ArrayList<>();
            for (NewJob job : complete.jobs()) {
                created.add(JobRows.insert(c, lead.id(), job, lead.receivedAt()));
            }
            if (idempotency.isPresent()) {
                attachKey(c, idempotency.get(), lead.id());
            }
            return new AcceptOutcome.Created(lead, created);
        });
    }

    private static void quarantine(Connection c, String leadId, String reason) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE leads SET quarantine_reason = ? WHERE id = ?")) {
            update.setString(1, reason);
            update.setString(2, leadId);
            update.executeUpdate();
        }
    }

    private static long nextTurn(Connection connection, String pool) {
        try {
            return RoundRobinTurns.next(connection, pool);
        } catch (SQLException e) {
            throw new StoreException("cannot take a round-robin turn of pool '" + pool + "': " + e.getMessage(), e);
        }
    }

    private static void attachKey(Connection c, IdempotencyRecord record, String leadId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE idempotency_keys SET lead_id = ? WHERE scope = ? AND idem_key = ?")) {
            update.setString(1, leadId);
            update.setString(2, record.scope());
            update.setString(3, record.key());
            update.executeUpdate();
        }
    }

    /** The durable round-robin counter: 0, 1, 2, ... per pool, surviving restarts. */
    public long nextTurn(String poolId) {
        return database.write(c -> RoundRobinTurns.next(c, poolId));
    }

    /** The lead with this id and its jobs. */
    public Optional<StoredLead> find(String id) {
        return database.read(c -> withJobs(c, "SELECT " + LeadRows.COLUMNS + " FROM leads WHERE id = ?", id))
                .stream().findFirst();
    }

    /** The {@code limit} most recent leads (not those in quarantine), newest first. */
    public List<StoredLead> list(int limit) {
        return list(limit, Instant.EPOCH);
    }

    /** The {@code limit} most recent leads received at or after {@code since} (not those in quarantine), newest first. */
    public List<StoredLead> list(int limit, Instant since) {
        return database.read(c -> withJobs(c, "SELECT " + LeadRows.COLUMNS + " FROM leads WHERE " + NOT_QUARANTINED
                + " AND received_at >= ? ORDER BY received_at DESC, id DESC LIMIT ?", since.toEpochMilli(), limit));
    }

    /** Every lead (not those in quarantine), oldest first, page by page (a large export never sits in memory). */
    public void forEach(Consumer<StoredLead> consumer) {
        forEachSince(Instant.EPOCH, consumer);
    }

    /** Like {@link #forEach}, for the leads received at or after {@code since}. */
    public void forEachSince(Instant since, Consumer<StoredLead> consumer) {
        List<StoredLead> page = database.read(c -> withJobs(c, "SELECT " + LeadRows.COLUMNS + " FROM leads WHERE "
                + NOT_QUARANTINED + " AND received_at >= ?" + LEAD_ORDER + " LIMIT ?", since.toEpochMilli(), EXPORT_PAGE));
        while (!page.isEmpty()) {
            page.forEach(consumer);
            Lead last = page.get(page.size() - 1).lead();
            long at = last.receivedAt().toEpochMilli();
            page = database.read(c -> withJobs(c, "SELECT " + LeadRows.COLUMNS + " FROM leads WHERE " + NOT_QUARANTINED
                    + " AND (received_at > ? OR (received_at = ? AND id > ?))" + LEAD_ORDER + " LIMIT ?", at, at,
                    last.id(), EXPORT_PAGE));
        }
    }

    /** The {@code limit} most recent leads in quarantine, newest first, with the reason of each. */
    public List<QuarantinedLead> quarantined(int limit) {
        return database.read(c -> {
            List<QuarantinedLead> found = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + LeadRows.COLUMNS + ", quarantine_reason "
                    + "FROM leads WHERE quarantine_reason IS NOT NULL ORDER BY received_at DESC, id DESC LIMIT ?")) {
                select.setInt(1, limit);
                leads.read(select, (lead, row) -> found.add(new QuarantinedLead(lead,
                        row.getString("quarantine_reason"))));
            }
            return found;
        });
    }

    /**
     * Takes a lead out of quarantine and queues its delivery jobs (from {@code plan}, due at {@code now}, so the
     * maximum delivery age counts from the release), in one transaction. The lead keeps the routing it got when
     * it arrived. Releasing a lead that is not in quarantine (e.g. a second time) queues nothing.
     */
    public Release release(String leadId, Function<Lead, List<NewJob>> plan, Instant now) {
        return database.write(c -> {
            Lead lead = leads.byIds(c, List.of(leadId)).get(leadId);
            if (lead == null) {
                return new Release.NotFound(leadId);
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE leads SET quarantine_reason = NULL "
                    + "WHERE id = ? AND quarantine_reason IS NOT NULL")) {
                update.setString(1, leadId);
                // On PostgreSQL a concurrent release waits for this row and then updates nothing: still once.
                if (update.executeUpdate() == 0) {
                    return new Release.NotQuarantined(lead);
                }
            }
            List<DeliveryJob> created = new ArrayList<>();
            for (NewJob job : plan.apply(lead)) {
                created.add(JobRows.insert(c, leadId, job, now));
            }
            return new Release.Released(lead, created);
        });
    }

    private List<StoredLead> withJobs(Connection c, String sql, Object... parameters) throws SQLException {
        List<Lead> found;
        try (PreparedStatement select = c.prepareStatement(sql)) {
            Sql.bind(select, 1, List.of(parameters));
            found = leads.read(select);
        }
        Map<String, List<DeliveryJob>> jobs = JobRows.forLeads(c, found.stream().map(Lead::id).toList());
        return found.stream().map(lead -> new StoredLead(lead, jobs.getOrDefault(lead.id(), List.of()))).toList();
    }

    /** Retention: deletes the leads received before {@code cutoff} (with their jobs and audit) and old keys. */
    public int purgeOlderThan(Instant cutoff) {
        return database.write(c -> {
            try (PreparedStatement keys = c.prepareStatement("DELETE FROM idempotency_keys WHERE created_at < ?")) {
                keys.setLong(1, cutoff.toEpochMilli());
                keys.executeUpdate();
            }
            return deleteLeads(c, "received_at < ?", cutoff.toEpochMilli());
        });
    }

    /** Retention of quarantine: deletes the quarantined leads received before {@code cutoff}; returns how many. */
    public int purgeQuarantineOlderThan(Instant cutoff) {
        return database.write(c -> deleteLeads(c, "quarantine_reason IS NOT NULL AND received_at < ?",
                cutoff.toEpochMilli()));
    }

    /**
     * GDPR erasure (quarantined leads included): deletes every lead of this e-mail address (case-insensitive) with its jobs, its audit and the
     * idempotency answers that point to it.
     *
     * @return how many leads were deleted
     */
    public int forget(String email) {
        String key = LeadRows.emailKey(email);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("forget needs an e-mail address");
        }
        return database.write(c -> deleteLeads(c, "email_key = ?", key));
    }

    private static int deleteLeads(Connection c, String where, Object parameter) throws SQLException {
        String leadIds = "SELECT id FROM leads WHERE " + where;
        for (String dependent : List.of("delivery_attempts", "delivery_jobs", "idempotency_keys")) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM " + dependent + " WHERE lead_id IN (" + leadIds + ")")) {
                delete.setObject(1, parameter);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM leads WHERE " + where)) {
            delete.setObject(1, parameter);
            return delete.executeUpdate();
        }
    }

    /**
     * Queues the lead's manager notification again (a new job to its current manager), e.g. after a manager
     * lost the mail.
     *
     * @return the new job, or empty when there is no lead with this id
     */
    public Optional<DeliveryJob> resend(String leadId, Instant now) {
        return database.write(c -> {
            Lead lead = leads.byIds(c, List.of(leadId)).get(leadId);
            if (lead == null) {
                return Optional.empty();
            }
            NewJob job = new NewJob(DeliveryChannel.MANAGER_MAIL, lead.routing().managerEmail());
            return Optional.of(JobRows.insert(c, leadId, job, now));
        });
    }

    /** The delivery audit of a lead, oldest first: every attempt's outcome and reply. */
    public List<DeliveryAttempt> attempts(String leadId) {
        return database.read(c -> {
            List<DeliveryAttempt> attempts = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT job_id, attempted_at, outcome, recipient, reply "
                    + "FROM delivery_attempts WHERE lead_id = ? ORDER BY id")) {
                select.setString(1, leadId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        attempts.add(new DeliveryAttempt(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)),
                                rows.getString(3), rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return attempts;
        });
    }

    /**
     * The delivery backlog at {@code now}. A dead job counts until a later job of the same lead and channel (a
     * {@code leads resend}) is delivered: then the operator has resolved it.
     */
    public Backlog backlog(Instant now) {
        return database.read(c -> {
            long pending = 0;
            Duration oldest = Duration.ZERO;
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*), MIN(created_at) "
                    + "FROM delivery_jobs WHERE state = 'PENDING'");
                 ResultSet row = select.executeQuery()) {
                if (row.next() && row.getLong(1) > 0) {
                    pending = row.getLong(1);
                    oldest = Duration.between(Instant.ofEpochMilli(row.getLong(2)), now);
                }
            }
            long dead;
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM delivery_jobs d "
                    + "WHERE d.state = 'DEAD' AND NOT EXISTS (SELECT 1 FROM delivery_jobs r WHERE r.lead_id = d.lead_id "
                    + "AND r.channel = d.channel AND r.id > d.id AND r.state = 'DELIVERED')");
                 ResultSet row = select.executeQuery()) {
                row.next();
                dead = row.getLong(1);
            }
            return new Backlog(pending, dead, oldest.isNegative() ? Duration.ZERO : oldest);
        });
    }

    /** The number of stored leads, not counting those in quarantine. */
    public long count() {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM leads WHERE " + NOT_QUARANTINED);
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** The number of leads in quarantine received at or after {@code since} (what a report leaves out). */
    public long countQuarantinedSince(Instant since) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT COUNT(*) FROM leads WHERE quarantine_reason IS NOT NULL AND received_at >= ?")) {
                select.setLong(1, since.toEpochMilli());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** True when the database answers and accepts writes. */
    public boolean healthy() {
        return database.healthy();
    }

    @Override
    public void close() {
        database.close();
    }
}
