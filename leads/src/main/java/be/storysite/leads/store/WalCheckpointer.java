package be.storysite.leads.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the SQLite write-ahead log back into the database file on its own connection and thread.
 *
 * <p>Why: by default the commit that pushes the WAL past 1000 pages runs the checkpoint itself, and with
 * {@code synchronous=FULL} that includes an fsync of the database file, so every few hundred leads one batch of
 * visitors waits for it. The writer therefore runs with {@code wal_autocheckpoint=0} and this thread runs
 * {@code PRAGMA wal_checkpoint(PASSIVE)}, which never blocks the writer; when a checkpoint has caught up, SQLite
 * starts the log from the beginning again, so it does not grow.
 *
 * <pre>{@code
 * WalCheckpointer checkpoints = new WalCheckpointer(source.getConnection(), Duration.ofMillis(500));
 * checkpoints.start();
 * }</pre>
 */
final class WalCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    private final Connection connection;
    private final Duration interval;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sqlite-checkpoint");
        t.setDaemon(true);
        return t;
    });

    WalCheckpointer(Connection connection, Duration interval) {
        this.connection = connection;
        this.interval = interval;
    }

    void start() {
        thread.scheduleWithFixedDelay(() -> checkpoint("PASSIVE"), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void checkpoint(String mode) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            // The next round tries again; the WAL only grows meanwhile, nothing is lost.
            LOG.warn("SQLite checkpoint ({}) failed: {}", mode, e.getMessage());
        }
    }

    /** Stops, then folds the whole log into the database file (the writer is closed by then). */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpoint("TRUNCATE");
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the checkpoint connection: {}", e.getMessage());
        }
    }
}
