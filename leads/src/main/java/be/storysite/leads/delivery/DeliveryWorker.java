package be.storysite.leads.delivery;

import be.storysite.leads.delivery.DeliveryQueue.Claimed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery loop: claims due jobs from the {@link DeliveryQueue} with a lease, hands each to the
 * {@link JobProcessor} on a small thread pool, and repeats until nothing is due; then it sleeps until the next poll
 * or until {@link #wake()} says a new lead was stored (so a new lead goes out at once, not at the next poll).
 *
 * <p>A crash between sending and recording "delivered" means the job is sent again, with the same Message-ID, once
 * the queue sees that its worker died (a restart on SQLite, the presence lock on PostgreSQL) or its lease expired:
 * delivery is at least once, and duplicates are recognisable.
 *
 * <pre>{@code
 * DeliveryWorker worker = DeliveryWorker.create(queue, settings, catalog, fallback, "web-1");
 * worker.start();
 * ... store a lead ... worker.wake();
 * worker.close();   // finishes the jobs in flight, then stops
 * }</pre>
 */
public final class DeliveryWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(60);

    private final DeliveryQueue queue;
    private final JobProcessor processor;
    private final DeliverySettings settings;
    private final String workerId;
    private final Clock clock;
    private final ScheduledExecutorService loop;
    private final ExecutorService senders;
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopping;

    public DeliveryWorker(DeliveryQueue queue, JobProcessor processor, DeliverySettings settings, String workerId,
                          Clock clock) {
        this.queue = queue;
        this.processor = processor;
        this.settings = settings;
        this.workerId = workerId;
        this.clock = clock;
        this.loop = Executors.newSingleThreadScheduledExecutor(threads("delivery-loop-" + workerId));
        this.senders = Executors.newFixedThreadPool(settings.concurrency(), threads("delivery-send-" + workerId));
    }

    /** The usual assembly: the configured mail server, log (+ webhook) alerts, the system clock. */
    public static DeliveryWorker create(DeliveryQueue queue, DeliverySettings settings, FieldCatalog catalog,
                                        ManagerFallback fallback, String workerId) {
        Clock clock = Clock.systemUTC();
        JobProcessor processor = JobProcessor.create(queue, settings, catalog,
                MailTransports.open(settings.mailServer()), fallback,
                AlertSink.standard(settings.alertWebhook(), clock), clock);
        return new DeliveryWorker(queue, processor, settings, workerId, clock);
    }

    /** Starts polling (the first poll is immediate: jobs left from before a restart go out at once). */
    public void start() {
        if (started.compareAndSet(false, true)) {
            loop.scheduleWithFixedDelay(this::drain, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A new job was stored: look for due jobs now rather than at the next poll. Cheap; call it after each lead. */
    public void wake() {
        if (started.get() && !stopping && wakeRequested.compareAndSet(false, true)) {
            try {
                loop.execute(this::drain);
            } catch (RejectedExecutionException stoppedMeanwhile) {
                wakeRequested.set(false);
            }
        }
    }

    /** Stops claiming, lets the jobs in flight finish (waits up to 60 s), then stops the threads. */
    @Override
    public void close() {
        stop(DEFAULT_GRACE);
    }

    /**
     * Stops claiming and waits up to {@code grace} for the jobs in flight; returns false when they had to be
     * interrupted (their leases expire and another worker sends them again).
     */
    public boolean stop(Duration grace) {
        stopping = true;
        long deadline = System.nanoTime() + grace.toNanos();
        loop.shutdown();
        try {
            boolean loopDone = loop.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS);
            senders.shutdown();
            boolean sendersDone = senders.awaitTermination(Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            if (loopDone && sendersDone) {
                queue.leave(workerId);
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loop.shutdownNow();
        senders.shutdownNow();
        LOG.warn("delivery worker {} stopped before its jobs in flight finished; their leases will expire",
                workerId);
        return false;
    }

    /** Claims and processes batches until nothing is due (or we are stopping). Runs on the loop thread only. */
    private void drain() {
        wakeRequested.set(false);
        try {
            while (!stopping) {
                List<Claimed> batch = queue.claim(workerId, settings.batchSize(), settings.lease(), clock.instant());
                if (batch.isEmpty()) {
                    return;
                }
                List<Future<?>> inFlight = new ArrayList<>(batch.size());
                for (Claimed claimed : batch) {
                    inFlight.add(senders.submit(() -> processSafely(claimed)));
                }
                for (Future<?> job : inFlight) {
                    job.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The queue (database) is unavailable: the next poll tries again; leases protect claimed jobs.
            LOG.warn("delivery worker {}: cannot claim jobs: {}", workerId, e.toString());
        } catch (ExecutionException e) {
            // An Error escaped a send (processSafely catches every RuntimeException): the lease brings the job back.
            LOG.error("delivery worker {}: a delivery failed unexpectedly", workerId, e.getCause());
        }
    }

    private void processSafely(Claimed claimed) {
        try {
            processor.process(claimed);
        } catch (RuntimeException e) {
            // Recording the result failed (database down): the lease expires and the job is tried again.
            LOG.warn("delivery worker {}: job {} of lead {} failed to record its result: {}", workerId,
                    claimed.job().id(), claimed.lead().id(), e.toString());
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            // Daemon: an abrupt JVM exit must never wait on a hanging SMTP server; close() is the graceful path.
            thread.setDaemon(true);
            return thread;
        };
    }
}
