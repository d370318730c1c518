package be.storysite.leads.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The {@code idempotency_keys} table: first use of a key records the answer, later uses find it. */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /**
     * Records the key unless it exists. {@code ON CONFLICT DO NOTHING} makes this race-free: on PostgreSQL a
     * concurrent insert of the same key waits for the other transaction and then does nothing.
     *
     * @return true when this call recorded it (first use)
     */
    static boolean record(Connection connection, IdempotencyRecord record, String leadId, Instant at)
            throws SQLException {
        String sql = "INSERT INTO idempotency_keys (scope, idem_key, request_hash, lead_id, status, content_type, "
                + "location, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scope, idem_key) DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            StoredAnswer answer = record.answer();
            insert.setString(1, record.scope());
            insert.setString(2, record.key());
            insert.setString(3, record.requestHash());
            insert.setString(4, leadId);
            insert.setInt(5, answer.status());
            insert.setString(6, answer.contentType());
            insert.setString(7, answer.location());
            insert.setString(8, answer.body());
            insert.setLong(9, at.toEpochMilli());
            return insert.executeUpdate() == 1;
        }
    }

    /** What an earlier use of the key decided: the same answer again, or a refusal for another request. */
    static AcceptOutcome earlier(Connection connection, IdempotencyRecord record) throws SQLException {
        String sql = "SELECT request_hash, status, content_type, location, body FROM idempotency_keys "
                + "WHERE scope = ? AND idem_key = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, record.scope());
            select.setString(2, record.key());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("idempotency key '" + record.key() + "' vanished while being read");
                }
                if (!row.getString("request_hash").equals(record.requestHash())) {
                    return new AcceptOutcome.KeyReused(record.key());
                }
                return new AcceptOutcome.Replayed(new StoredAnswer(row.getInt("status"),
                        row.getString("content_type"), row.getString("location"), row.getString("body")));
            }
        }
    }
}
