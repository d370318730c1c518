package be.storysite.leads.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The durable round-robin counters: one row per routing pool. */
final class RoundRobinTurns {

    private RoundRobinTurns() {
    }

    /** Takes the next turn of {@code poolId}: 0, 1, 2, ... (one upsert, atomic on both databases). */
    static long next(Connection connection, String poolId) throws SQLException {
        String sql = "INSERT INTO round_robin_counters (pool_id, turns) VALUES (?, 1) "
                + "ON CONFLICT (pool_id) DO UPDATE SET turns = round_robin_counters.turns + 1 RETURNING turns";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, poolId);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return row.getLong(1) - 1;
            }
        }
    }
}
