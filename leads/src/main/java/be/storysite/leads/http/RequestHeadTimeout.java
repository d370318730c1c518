package be.storysite.leads.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not sent a complete request head within the header timeout after it opened or after
 * its previous answer. The idle timeout alone does not do it: a client sending one header byte every few seconds is
 * never idle. Jetty 12.1 has no header read timeout, so this watches each connection's message counters
 * ({@link Connection#getMessagesIn()} counts request heads parsed, {@link Connection#getMessagesOut()} answers
 * committed) on the connector's scheduler, which keeps firing when the request threads are starved of CPU.
 * A request between its head and its answer is left alone: its body has its own deadline ({@link BodyReader}).
 *
 * <pre>{@code
 * connector.addBean(new RequestHeadTimeout(Duration.ofSeconds(10), connector.getScheduler()));
 * }</pre>
 * A connection is closed between one and 1.25 header timeouts after its last request head or answer.
 */
public final class RequestHeadTimeout implements Connection.Listener {

    private final long timeoutNanos;
    private final long periodMillis;
    private final Scheduler scheduler;
    private final Map<Connection, Watch> watches = new ConcurrentHashMap<>();

    public RequestHeadTimeout(Duration timeout, Scheduler scheduler) {
        this.timeoutNanos = timeout.toNanos();
        this.periodMillis = Math.max(50, timeout.toMillis() / 4);
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        Watch watch = new Watch(connection);
        watches.put(connection, watch);
        watch.schedule();
    }

    @Override
    public void onClosed(Connection connection) {
        Watch watch = watches.remove(connection);
        if (watch != null) {
            watch.cancel();
        }
    }

    /** One connection's progress: the counts last seen and when it last made progress. */
    private final class Watch implements Runnable {
        private final Connection connection;
        private long headsSeen;
        private long answersSeen;
        private long progressNanos = System.nanoTime();
        private volatile Scheduler.Task task;

        Watch(Connection connection) {
            this.connection = connection;
        }

        void schedule() {
            task = scheduler.schedule(this, periodMillis, TimeUnit.MILLISECONDS);
        }

        void cancel() {
            Scheduler.Task current = task;
            if (current != null) {
                current.cancel();
            }
        }

        @Override
        public synchronized void run() {
            if (!watches.containsKey(connection)) {
                return;
            }
            long heads = connection.getMessagesIn();
            long answers = connection.getMessagesOut();
            long now = System.nanoTime();
            // progress: a new head, a new answer (the wait for the next head starts), or a request in flight
            if (heads != headsSeen || answers != answersSeen || heads > answers) {
                headsSeen = heads;
                answersSeen = answers;
                progressNanos = now;
            } else if (now - progressNanos >= timeoutNanos) {
                connection.getEndPoint().close();
                return;
            }
            schedule();
        }
    }
}
