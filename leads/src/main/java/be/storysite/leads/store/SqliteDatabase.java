package be.storysite.leads.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded lead database: one SQLite file in WAL mode with {@code synchronous=FULL} (a commit survives a power
 * cut). Writes go through one writer connection with group commit ({@link GroupCommitter}); reads use a small pool
 * of reader connections, which WAL lets run beside the writer.
 *
 * <pre>{@code
 * try (Database db = SqliteDatabase.open(settings)) { ... }
 * }</pre>
 */
public final class SqliteDatabase implements Database {

    /** Result codes that concern the database (or the whole transaction), not one request's data. */
    private static final Set<Integer> TASK_LEVEL_CODES = Set.of(
            SQLiteErrorCode.SQLITE_CONSTRAINT.code, SQLiteErrorCode.SQLITE_MISMATCH.code,
            SQLiteErrorCode.SQLITE_RANGE.code, SQLiteErrorCode.SQLITE_TOOBIG.code);
    private static final int MAX_BATCH = 512;

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    private static final Duration CHECKPOINT_INTERVAL = Duration.ofMillis(500);

    private final Connection writerConnection;
    private final GroupCommitter writer;
    private final HikariDataSource readers;
    private final WalCheckpointer checkpoints;

    private SqliteDatabase(Connection writerConnection, GroupCommitter writer, HikariDataSource readers,
                           WalCheckpointer checkpoints) {
        this.writerConnection = writerConnection;
        this.writer = writer;
        this.readers = readers;
        this.checkpoints = checkpoints;
    }

    /** Opens (creating the file and its folder if needed) and migrates the database at {@code settings.url()}. */
    public static SqliteDatabase open(DatabaseSettings settings) {
        return open(settings, true);
    }

    /**
     * Opens and migrates the database; with {@code create} false, a missing file is an error rather than a new,
     * empty store (so that {@code leads list} in the wrong folder says so instead of printing nothing).
     *
     * @throws StoreException saying in one line what is wrong (missing, locked, damaged) and what to do
     */
    static SqliteDatabase open(DatabaseSettings settings, boolean create) {
        if (create) {
            createFolder(settings.url());
        } else {
            requireFile(settings);
        }
        SQLiteDataSource source = dataSource(settings);
        Connection writerConnection = null;
        WalCheckpointer checkpoints;
        try {
            Migrations.migrate(source, Dialect.SQLITE);
            writerConnection = source.getConnection();
            try (Statement pragma = writerConnection.createStatement()) {
                pragma.execute("PRAGMA wal_autocheckpoint=0");
            }
            checkpoints = new WalCheckpointer(source.getConnection(), CHECKPOINT_INTERVAL);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writerConnection);
            throw SqliteOpenFailure.explain(e, settings);
        }
        Duration answerTimeout = settings.lockTimeout().multipliedBy(2).plusSeconds(5);
        GroupCommitter writer = new GroupCommitter(writerConnection, MAX_BATCH, answerTimeout,
                SqliteDatabase::concernsWholeTransaction);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(source);
        pool.setPoolName("sqlite-readers");
        pool.setMaximumPoolSize(Math.max(1, settings.poolSize()));
        pool.setConnectionTimeout(Math.max(250, settings.lockTimeout().toMillis()));
        writer.start();
        checkpoints.start();
        return new SqliteDatabase(writerConnection, writer, new HikariDataSource(pool), checkpoints);
    }

    private static void requireFile(DatabaseSettings settings) {
        String file = settings.location();
        if (!file.isEmpty() && !file.startsWith(":memory:") && !file.startsWith("file:")
                && !Files.isRegularFile(Path.of(file))) {
            throw new StoreException("no lead store here (it is created by 'storysite leads serve'): run the command "
                    + "in the site folder, or name the store with --config or STORYSITE_DB_URL");
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    private static SQLiteDataSource dataSource(DatabaseSettings settings) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout((int) settings.lockTimeout().toMillis());
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(settings.url());
        return source;
    }

    private static void createFolder(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder " + parent + " for the lead database: "
                    + e.getMessage(), e);
        }
    }

    private static boolean concernsWholeTransaction(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return !TASK_LEVEL_CODES.contains(sqlite.getResultCode().code & 0xFF);
        }
        return true;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return writer.submit(work);
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = readers.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("reading the lead database failed: " + e.getMessage(), e);
        }
    }

    @Override
    public WorkerPresence announce(String leaseOwner) {
        int taken = write(SqliteDatabase::takeBackClaimsOfDeadProcesses);
        if (taken > 0) {
            LOG.info("took back {} delivery job(s) claimed by a process that no longer runs", taken);
        }
        return WorkerPresence.ALWAYS;
    }

    /**
     * Frees the leases of owners whose process died (e.g. this service before a SIGKILL), so that their jobs go
     * out now instead of when the lease runs out. A mail that was accepted just before the crash is sent again,
     * with the same Message-ID, as it would have been after the lease.
     */
    private static int takeBackClaimsOfDeadProcesses(Connection c) throws SQLException {
        List<String> dead = new ArrayList<>();
        try (PreparedStatement owners = c.prepareStatement("SELECT DISTINCT lease_owner FROM delivery_jobs "
                + "WHERE state = 'PENDING' AND lease_owner IS NOT NULL");
             ResultSet rows = owners.executeQuery()) {
            while (rows.next()) {
                if (LeaseOwners.deadOnThisHost(rows.getString(1))) {
                    dead.add(rows.getString(1));
                }
            }
        }
        if (dead.isEmpty()) {
            return 0;
        }
        try (PreparedStatement release = c.prepareStatement("UPDATE delivery_jobs SET lease_owner = NULL, "
                + "lease_until = NULL WHERE state = 'PENDING' AND lease_owner IN (" + Sql.placeholders(dead.size())
                + ")")) {
            Sql.bind(release, 1, dead);
            return release.executeUpdate();
        }
    }

    @Override
    public boolean healthy() {
        if (writer.lastBatchFailed()) {
            return false;
        }
        try {
            return read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeQuery("SELECT 1").next();
                }
            });
        } catch (StoreException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writer.close();
        readers.close();
        try {
            writerConnection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the lead database failed: " + e.getMessage(), e);
        } finally {
            checkpoints.close();
        }
    }
}
