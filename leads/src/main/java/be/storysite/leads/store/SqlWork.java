package be.storysite.leads.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A piece of work done on one JDBC connection inside a transaction the {@link Database} owns.
 * It must not commit, roll back or close the connection.
 *
 * @param <T> what it returns
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
