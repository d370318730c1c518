package be.storysite.leads.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A piece of work done on one JDBC connection inside a transaction the {@link Database} owns.
 * It must not commit, roll back or close the connection.
 *
 * <pre>{@code
 * SqlWork<Long> count = c -> { try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM leads")) {
 *     r.next(); return r.getLong(1); } };
 * }</pre>
 *
 * @param <T> what it returns
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
