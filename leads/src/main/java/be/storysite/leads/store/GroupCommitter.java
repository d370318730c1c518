package be.storysite.leads.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of an SQLite database, with group commit.
 *
 * <p>Why: with {@code synchronous=FULL} every commit waits for an fsync, and SQLite allows one writer at a time.
 * Committing each HTTP request on its own would cap throughput at one fsync per lead. Instead, the requests that
 * arrive while a commit is in progress are queued and then run together in ONE transaction, each inside its own
 * savepoint (so one request's failure does not undo the others), and all are answered after that single commit.
 * Nobody is answered before the commit that holds their work returned.
 *
 * <pre>{@code
 * GroupCommitter writer = new GroupCommitter(connection, 256, Duration.ofSeconds(10), fatal);
 * writer.start();
 * String id = writer.submit(c -> insertLead(c, lead));   // durable when it returns
 * }</pre>
 */
final class GroupCommitter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private record Task<T>(SqlWork<T> work, CompletableFuture<T> result) {
        /** Runs the work; its value is handed out only after the commit, by {@link Outcome#answer()}. */
        Outcome<T> run(Connection connection) throws SQLException {
            return new Outcome<>(this, work.run(connection));
        }
    }

    private record Outcome<T>(Task<T> task, T value) {
        void answer() {
            task.result().complete(value);
        }
    }

    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final Connection connection;
    private final int maxBatch;
    private final Duration answerTimeout;
    private final Predicate<SQLException> batchFatal;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean lastBatchFailed;

    /**
     * @param connection the writer connection, in auto-commit mode (transactions are issued explicitly, so
     *                   that no lock is held between batches)
     * @param maxBatch most tasks in one transaction
     * @param answerTimeout how long a caller waits for its batch before giving up with a {@link StoreException}
     * @param batchFatal tells which errors concern the whole transaction (busy, I/O, disk full) rather than
     *                   one task (a constraint violation)
     */
    GroupCommitter(Connection connection, int maxBatch, Duration answerTimeout, Predicate<SQLException> batchFatal) {
        this.connection = connection;
        this.maxBatch = maxBatch;
        this.answerTimeout = answerTimeout;
        this.batchFatal = batchFatal;
        this.thread = new Thread(this::loop, "sqlite-writer");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Queues {@code work} and waits until the transaction that ran it committed (or failed). */
    <T> T submit(SqlWork<T> work) {
        if (!running) {
            throw new StoreException("the lead store is closed");
        }
        Task<T> task = new Task<>(work, new CompletableFuture<>());
        queue.add(task);
        try {
            return task.result().get(answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreException store) {
                throw store;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreException("storing failed: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new StoreException("the database did not commit within " + answerTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
        }
    }

    /** True when the most recent transaction failed as a whole (the database is unavailable). */
    boolean lastBatchFailed() {
        return lastBatchFailed;
    }

    private void loop() {
        List<Task<?>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Task<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                running = false;
            } finally {
                batch.forEach(task -> task.result().completeExceptionally(
                        new StoreException("the lead store stopped before this was committed")));
                batch.clear();
            }
        }
    }

    private void runBatch(List<Task<?>> batch) {
        List<Outcome<?>> done = new ArrayList<>(batch.size());
        try (Statement control = connection.createStatement()) {
            // IMMEDIATE takes the write lock now (waiting up to busy_timeout) instead of failing on upgrade later.
            control.execute("BEGIN IMMEDIATE");
            try {
                for (Task<?> task : batch) {
                    runInSavepoint(control, task, done);
                }
                control.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(control);
                throw e;
            }
            lastBatchFailed = false;
            // Only now, after COMMIT returned, may anybody be told that their work is stored.
            done.forEach(Outcome::answer);
        } catch (SQLException | RuntimeException e) {
            lastBatchFailed = true;
            LOG.error("SQLite transaction of {} request(s) failed: {}", batch.size(), e.getMessage());
            StoreException failure = new StoreException("the database is unavailable: " + e.getMessage(), e);
            batch.forEach(task -> task.result().completeExceptionally(failure));
        }
    }

    private void runInSavepoint(Statement control, Task<?> task, List<Outcome<?>> done) throws SQLException {
        control.execute("SAVEPOINT task");
        try {
            Outcome<?> outcome = task.run(connection);
            control.execute("RELEASE task");
            done.add(outcome);
        } catch (SQLException e) {
            if (batchFatal.test(e)) {
                throw e;
            }
            undo(control, task, e);
        } catch (RuntimeException e) {
            undo(control, task, e);
        }
    }

    private static void undo(Statement control, Task<?> task, Exception e) throws SQLException {
        control.execute("ROLLBACK TO task");
        control.execute("RELEASE task");
        // This task alone failed (e.g. a constraint); the caller gets its own error, the batch goes on.
        task.result().completeExceptionally(e);
    }

    private static void rollbackQuietly(Statement control) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.debug("rollback after a failed batch: {}", e.getMessage());
        }
    }

    /** Finishes the queued work, then stops the writer thread. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(answerTimeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
