package be.storysite.leads.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The lead database on PostgreSQL, for several service instances: a HikariCP pool, one transaction per call.
 * PostgreSQL already batches the WAL flushes of concurrent commits itself, so no group commit is needed here.
 *
 * <pre>{@code
 * Database db = PostgresDatabase.open(new DatabaseSettings("jdbc:postgresql://127.0.0.1/leads", "u", "p", 8, ofSeconds(5)));
 * }</pre>
 */
public final class PostgresDatabase implements Database {

    private final HikariDataSource pool;
    private final AtomicBoolean lastWriteFailed = new AtomicBoolean();
    /** Closed with the database, so that no presence connection outlives it. */
    private final Set<PostgresPresence> presences = ConcurrentHashMap.newKeySet();

    private PostgresDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Connects and migrates the schema the URL points to (its {@code currentSchema}, else {@code public}). */
    public static PostgresDatabase open(DatabaseSettings settings) {
        return open(settings, true);
    }

    /**
     * Connects and migrates; with {@code create} false, a schema without the lead tables is an error rather than a
     * new, empty store.
     */
    static PostgresDatabase open(DatabaseSettings settings, boolean create) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName("leads-postgresql");
        config.setMaximumPoolSize(Math.max(2, settings.poolSize()));
        config.setConnectionTimeout(Math.max(250, settings.lockTimeout().toMillis()));
        config.setAutoCommit(false);
        // A visitor must not wait forever behind a lock (e.g. a long-running operator command): fail with a 503.
        long lockMillis = settings.lockTimeout().toMillis();
        config.setConnectionInitSql("SET lock_timeout = " + lockMillis + "; SET statement_timeout = "
                + (lockMillis * 4 + 10_000));
        // Fail at once when PostgreSQL is down, rather than blocking start-up (the CLI reports it).
        config.setInitializationFailTimeout(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect as '" + settings.user() + "': "
                    + e.getMessage() + " (check STORYSITE_DB_URL, STORYSITE_DB_USER and STORYSITE_DB_PASSWORD)", e);
        }
        try {
            if (!create && !hasLeadTables(pool)) {
                throw new StoreException("no lead store in this database schema (it is created by 'storysite leads "
                        + "serve'): check STORYSITE_DB_URL (and its currentSchema) or the database url in --config");
            }
            Migrations.migrate(pool, Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PostgresDatabase(pool);
    }

    private static boolean hasLeadTables(HikariDataSource pool) {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("SELECT to_regclass('leads') IS NOT NULL")) {
            found.next();
            boolean exists = found.getBoolean(1);
            connection.rollback();
            return exists;
        } catch (SQLException e) {
            throw new StoreException("the database is unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        try {
            T result = inTransaction(work);
            lastWriteFailed.set(false);
            return result;
        } catch (StoreException e) {
            // Any database error on a write (down, lock timeout, disk full, permissions) means leads cannot be
            // stored right now; /healthz says so until a write succeeds again.
            lastWriteFailed.set(true);
            throw e;
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("the database is unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public WorkerPresence announce(String leaseOwner) {
        PostgresPresence presence = new PostgresPresence(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(),
                leaseOwner);
        presences.add(presence);
        return presence;
    }

    @Override
    public boolean healthy() {
        if (lastWriteFailed.get()) {
            return false;
        }
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        presences.forEach(PostgresPresence::close);
        pool.close();
    }
}
