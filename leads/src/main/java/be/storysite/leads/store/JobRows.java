package be.storysite.leads.store;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes rows of {@code delivery_jobs} and the {@code delivery_attempts} audit. */
final class JobRows {

    static final String COLUMNS =
            "id, lead_id, channel, recipient, attempts, created_at, next_attempt_at, state, last_reply";

    private JobRows() {
    }

    static DeliveryJob insert(Connection connection, String leadId, NewJob job, Instant at) throws SQLException {
        String sql = "INSERT INTO delivery_jobs (lead_id, channel, recipient, attempts, created_at, next_attempt_at, "
                + "state, last_reply) VALUES (?, ?, ?, 0, ?, ?, 'PENDING', '') RETURNING " + COLUMNS;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, leadId);
            insert.setString(2, job.channel().name());
            insert.setString(3, job.recipient());
            insert.setLong(4, at.toEpochMilli());
            insert.setLong(5, at.toEpochMilli());
            return read(insert).get(0);
        }
    }

    /** The jobs of these leads, oldest first, by lead id. */
    static Map<String, List<DeliveryJob>> forLeads(Connection connection, Collection<String> leadIds)
            throws SQLException {
        Map<String, List<DeliveryJob>> jobs = new LinkedHashMap<>();
        if (leadIds.isEmpty()) {
            return jobs;
        }
        String sql = "SELECT " + COLUMNS + " FROM delivery_jobs WHERE lead_id IN (" + Sql.placeholders(leadIds.size())
                + ") ORDER BY id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Sql.bind(select, 1, leadIds);
            for (DeliveryJob job : read(select)) {
                jobs.computeIfAbsent(job.leadId(), id -> new ArrayList<>()).add(job);
            }
        }
        return jobs;
    }

    static List<DeliveryJob> read(PreparedStatement statement) throws SQLException {
        List<DeliveryJob> jobs = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                jobs.add(new DeliveryJob(rows.getLong("id"), rows.getString("lead_id"),
                        DeliveryChannel.valueOf(rows.getString("channel")), rows.getString("recipient"),
                        rows.getInt("attempts"), Instant.ofEpochMilli(rows.getLong("created_at")),
                        Instant.ofEpochMilli(rows.getLong("next_attempt_at")),
                        DeliveryState.valueOf(rows.getString("state")), rows.getString("last_reply")));
            }
        }
        return jobs;
    }

    /** Appends one outcome to the audit, copying the job's lead and current recipient. */
    static void audit(Connection connection, long jobId, String outcome, String reply, Instant at) throws SQLException {
        String sql = "INSERT INTO delivery_attempts (job_id, lead_id, attempted_at, outcome, recipient, reply) "
                + "SELECT id, lead_id, ?, ?, recipient, ? FROM delivery_jobs WHERE id = ?";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, at.toEpochMilli());
            insert.setString(2, outcome);
            insert.setString(3, reply == null ? "" : reply);
            insert.setLong(4, jobId);
            insert.executeUpdate();
        }
    }
}
