package be.storysite.leads.store;

import be.storysite.forms.routing.RoutingReason;
import com.fasterxml.jackson.databind.ObjectMapper;
import be.storysite.leads.delivery.DeliveryQueue;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The delivery queue in the lead database. A claim is one atomic {@code UPDATE ... RETURNING} that leases due jobs
 * to a worker: on PostgreSQL its sub-select takes the rows {@code FOR UPDATE SKIP LOCKED}, so several service
 * instances claim side by side and never get the same job; on SQLite the single writer serialises claims. A job
 * whose lease ran out is due again; so, sooner, is a job whose worker is known to have died: on PostgreSQL its
 * presence lock is gone, on SQLite its process no longer runs (checked when a worker starts).
 *
 * <pre>{@code
 * DeliveryQueue queue = new JdbcDeliveryQueue(database, managerId -> names.get(managerId));
 * for (DeliveryQueue.Claimed c : queue.claim("worker-1", 10, Duration.ofMinutes(2), Instant.now())) { ... }
 * }</pre>
 */
public final class JdbcDeliveryQueue implements DeliveryQueue {

    private final Database database;
    private final UnaryOperator<String> managerNames;
    private final LeadRows leads = new LeadRows();
    private final RoutingReasonJson whyJson = new RoutingReasonJson(new ObjectMapper());
    private final Map<String, WorkerPresence> presences = new ConcurrentHashMap<>();

    /**
     * @param managerNames the display name of a manager id, used when a job is re-routed to a backup
     */
    public JdbcDeliveryQueue(Database database, UnaryOperator<String> managerNames) {
        this.database = database;
        this.managerNames = managerNames;
    }

    /**
     * The first call per worker announces it ({@link Database#announce}); later calls renew its presence. A worker
     * that cannot show it is alive must not claim: its claims would look abandoned to the others.
     */
    private boolean present(String workerId) {
        return presences.computeIfAbsent(workerId, database::announce).renew();
    }

    @Override
    public void leave(String workerId) {
        WorkerPresence presence = presences.remove(workerId);
        if (presence != null) {
            presence.close();
        }
    }

    @Override
    public List<Claimed> claim(String workerId, int max, Duration lease, Instant now) {
        if (!present(workerId)) {
            return List.of();   // logged by the presence; the next poll tries again
        }
        String sql = "UPDATE delivery_jobs SET lease_owner = ?, lease_until = ? WHERE id IN ("
                + "SELECT id FROM delivery_jobs WHERE state = 'PENDING' AND next_attempt_at <= ? "
                + "AND (lease_until IS NULL OR lease_until <= ?" + database.dialect().ownerGone()
                + ") ORDER BY next_attempt_at, id LIMIT ?"
                + database.dialect().claimLock() + ") RETURNING " + JobRows.COLUMNS;
        return database.write(c -> {
            List<DeliveryJob> jobs;
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setString(1, workerId);
                update.setLong(2, now.plus(lease).toEpochMilli());
                update.setLong(3, now.toEpochMilli());
                update.setLong(4, now.toEpochMilli());
                update.setInt(5, max);
                jobs = JobRows.read(update);
            }
            Map<String, Lead> byId = leads.byIds(c, jobs.stream().map(DeliveryJob::leadId).distinct().toList());
            List<Claimed> claimed = new ArrayList<>(jobs.size());
            for (DeliveryJob job : jobs) {
                claimed.add(new Claimed(job, byId.get(job.leadId())));
            }
            return claimed;
        });
    }

    @Override
    public void delivered(long jobId, String reply, Instant at) {
        finish(jobId, "DELIVERED", reply, at, "state = 'DELIVERED', last_reply = ?", reply);
    }

    @Override
    public void retryLater(long jobId, String reply, Instant nextAttemptAt) {
        database.write(c -> {
            JobRows.audit(c, jobId, "RETRY", reply, Instant.now());
            return update(c, jobId, "next_attempt_at = ?, last_reply = ?", nextAttemptAt.toEpochMilli(), text(reply));
        });
    }

    @Override
    public void reroute(long jobId, String reply, String newManagerId, String newRecipient, String reason,
                        RoutingReason why, Instant at) {
        database.write(c -> {
            // Audit first: the attempt went to the old recipient.
            JobRows.audit(c, jobId, "REROUTED", reply, at);
            update(c, jobId, "recipient = ?, next_attempt_at = ?, last_reply = ?", newRecipient, at.toEpochMilli(),
                    text(reply));
            String sql = "UPDATE leads SET manager_id = ?, manager_name = ?, manager_email = ?, fallback_used = ?, "
                    + "routing_reason = ?, routing_why = ? WHERE id = (SELECT lead_id FROM delivery_jobs WHERE id = ? AND channel = ?)";
            try (PreparedStatement routing = c.prepareStatement(sql)) {
                routing.setString(1, newManagerId);
                routing.setString(2, managerNames.apply(newManagerId));
                routing.setString(3, newRecipient);
                routing.setBoolean(4, true);
                routing.setString(5, text(reason));
                routing.setString(6, why == null ? null : whyJson.write(why));
                routing.setLong(7, jobId);
                routing.setString(8, DeliveryChannel.MANAGER_MAIL.name());
                routing.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void dead(long jobId, String reason, Instant at) {
        finish(jobId, "DEAD", reason, at, "state = 'DEAD', last_reply = ?", reason);
    }

    private void finish(long jobId, String outcome, String reply, Instant at, String set, String lastReply) {
        database.write(c -> {
            JobRows.audit(c, jobId, outcome, reply, at);
            return update(c, jobId, set, text(lastReply));
        });
    }

    /** Counts the attempt, applies {@code set} and releases the lease. */
    private static int update(Connection c, long jobId, String set, Object... values) throws SQLException {
        String sql = "UPDATE delivery_jobs SET " + set
                + ", attempts = attempts + 1, lease_owner = NULL, lease_until = NULL WHERE id = ?";
        try (PreparedStatement update = c.prepareStatement(sql)) {
            int next = Sql.bind(update, 1, List.of(values));
            update.setLong(next, jobId);
            return update.executeUpdate();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
