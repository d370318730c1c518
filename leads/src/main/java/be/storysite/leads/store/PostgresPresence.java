package be.storysite.leads.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker's presence on PostgreSQL: a session-level advisory lock, keyed by its lease owner name, held on a
 * connection of its own. When the process dies, the operating system closes that connection and PostgreSQL drops
 * the lock at once; the claim query treats the leases of an owner without its lock as free ({@link Dialect}).
 * Unlike a short lease, this needs no heartbeat that a busy or starved JVM could miss.
 *
 * <pre>{@code
 * try (PostgresPresence presence = new PostgresPresence(url, user, password, "4242@web-1/3f9a0c1b")) {
 *     presence.renew();   // connects and takes pg_try_advisory_lock(24237, hashtext(owner))
 * }
 * }</pre>
 */
final class PostgresPresence implements WorkerPresence {

    /** The first key of every presence lock, so that they do not collide with other advisory locks. */
    static final int LOCK_CLASS = 24237;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresPresence.class);

    private final String url;
    private final Properties properties = new Properties();
    private final String owner;
    private Connection connection;

    PostgresPresence(String url, String user, String password, String owner) {
        this.url = url;
        this.owner = owner;
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        // A connection that died silently (a cut network) is noticed by the kernel, not only on the next query.
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "storysite-leads presence");
    }

    @Override
    public synchronized boolean renew() {
        try {
            if (connection != null && connection.isValid(2)) {
                return true;
            }
            closeConnection();
            connection = DriverManager.getConnection(url, properties);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setString(2, owner);
                try (ResultSet held = lock.executeQuery()) {
                    if (held.next() && held.getBoolean(1)) {
                        return true;
                    }
                }
            }
            LOG.warn("delivery worker {}: its presence lock is held by another session; not claiming", owner);
            closeConnection();
            return false;
        } catch (SQLException e) {
            LOG.warn("delivery worker {}: cannot announce itself to PostgreSQL, not claiming: {}", owner,
                    e.getMessage());
            closeConnection();
            return false;
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the presence connection: {}", e.getMessage());
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeConnection();
    }
}
