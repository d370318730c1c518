package be.storysite.leads.http;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body into bytes without holding a thread while it waits for them: it reads what has arrived and
 * asks Jetty to call back when more does ({@link Content.Source#demand}), so a slow client costs a socket and a
 * buffer, not one of the request threads. A timer on Jetty's scheduler enforces, per request, a minimum data rate
 * and an absolute deadline; it fires whatever the request threads are doing, so the limits hold under CPU
 * starvation too. (Jetty's {@code MinimumDataRateHandler} divides the bytes of all requests through the handler by
 * the age of one request and only checks when a read returns: busy traffic keeps every slow upload "fast enough".)
 *
 * <pre>{@code
 * BodyReader.read(request, new BodyReader.Limits(16 * 1024, 512, Duration.ofSeconds(20)))
 *         .whenComplete((bytes, failure) -> ...);   // failure: a BodyReader.Refused with 408 or 413, or the I/O error
 * }</pre>
 */
final class BodyReader implements Invocable.Task {

    /** How often the timer checks the rate and the deadline. */
    private static final long CHECK_MILLIS = 500;
    /** The rate is judged from the first second on: one lost packet must not cost a real visitor the post. */
    private static final long RATE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * @param maxBytes a larger body is refused with 413
     * @param minBytesPerSecond a body arriving slower than this (from the request head on) is refused with 408; 0 off
     * @param deadline a body not complete this long after the request head is refused with 408
     */
    record Limits(long maxBytes, long minBytesPerSecond, Duration deadline) {

        /**
         * The largest body that is still read to its end (and thrown away) before its 413: answering while the
         * client is still sending, then closing, makes the client's TCP stack receive a reset, which can discard
         * the answer before the client reads it (a browser then shows "connection reset" instead of the page
         * saying the message is too long). Four times the limit covers a message at the form's maxlength in any
         * script, percent-encoded (up to 12 bytes per character); a larger body is refused at once and its
         * connection closed, as reading it would only serve an attacker. The rate and deadline still apply.
         */
        long drainBytes() {
            return maxBytes * 4;
        }
    }

    /** A body the client cannot send: the status to answer and a short reason. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final Request request;
    private final Limits limits;
    private final Scheduler scheduler;
    private final long startNanos = System.nanoTime();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private long received;
    private Scheduler.Task timer;

    private BodyReader(Request request, Limits limits, Scheduler scheduler) {
        this.request = request;
        this.limits = limits;
        this.scheduler = scheduler;
    }

    /** Starts reading; the future completes when the body is in, or exceptionally when it is refused or fails. */
    static CompletableFuture<byte[]> read(Request request, Limits limits) {
        BodyReader reader = new BodyReader(request, limits, request.getComponents().getScheduler());
        reader.scheduleCheck();
        reader.run();
        return reader.result;
    }

    /** Reads all that has arrived, then demands more; runs in whichever thread delivers the bytes, without blocking. */
    @Override
    public void run() {
        while (true) {
            synchronized (this) {
                if (result.isDone()) {
                    return;
                }
            }
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = chunk.getFailure();
                HttpException http = HttpException.asHttpException(failure);
                finish(http != null && http.getCode() == HttpStatus.PAYLOAD_TOO_LARGE_413 ? tooLarge() : failure);
                return;
            }
            boolean last = chunk.isLast();
            try {
                if (!append(chunk)) {
                    return;
                }
            } finally {
                chunk.release();
            }
            if (last) {
                finish(received() > limits.maxBytes() ? tooLarge() : null);
                return;
            }
        }
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    private synchronized boolean append(Content.Chunk chunk) {
        if (result.isDone()) {
            return false;
        }
        int length = chunk.remaining();
        received += length;
        if (received > limits.drainBytes()) {
            finish(tooLarge());
            return false;
        }
        // over the limit: read on to the end (drainBytes), keeping nothing
        if (length > 0 && received <= limits.maxBytes()) {
            byte[] copy = new byte[length];
            chunk.getByteBuffer().get(copy);
            bytes.write(copy, 0, length);
        }
        return true;
    }

    private synchronized long received() {
        return received;
    }

    private static Refused tooLarge() {
        return new Refused(HttpStatus.PAYLOAD_TOO_LARGE_413, "the request body is too large");
    }

    private void scheduleCheck() {
        Scheduler.Task next = scheduler.schedule(this::check, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        synchronized (this) {
            timer = next;
        }
    }

    private void check() {
        long elapsedNanos = System.nanoTime() - startNanos;
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            if (elapsedNanos >= limits.deadline().toNanos()) {
                finish(new Refused(HttpStatus.REQUEST_TIMEOUT_408, "the request body took too long"));
                return;
            }
            long rate = received * TimeUnit.SECONDS.toNanos(1) / Math.max(1, elapsedNanos);
            boolean judged = limits.minBytesPerSecond() > 0 && elapsedNanos >= RATE_GRACE_NANOS;
            if (judged && rate < limits.minBytesPerSecond()) {
                finish(new Refused(HttpStatus.REQUEST_TIMEOUT_408, "the request body arrived too slowly"));
                return;
            }
        }
        scheduleCheck();
    }

    private synchronized void finish(Throwable failure) {
        if (result.isDone()) {
            return;
        }
        if (timer != null) {
            timer.cancel();
        }
        if (failure == null) {
            result.complete(bytes.toByteArray());
        } else {
            result.completeExceptionally(failure);
        }
    }
}
