package be.storysite.leads.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Rate limit of {@code POST}s per client address ({@link Request#getRemoteAddr}, i.e. the forwarded client behind a
 * trusted proxy): a {@link TokenBucket} each. A post without a token gets {@code 429} with {@code Retry-After}; a
 * post answered with any 4xx (refused by a later check, or cut off as too slow) gets its token back. Jetty's
 * {@code DoSHandler} cannot do this: its {@code Tracker} is told of each request once, before handling, and has no
 * way to take a request back, so a client over the limit whose refused posts keep counting is locked out.
 *
 * <pre>{@code
 * Handler limited = new TokenBucketHandler(endpoint, 2, 20, System::nanoTime);
 * }</pre>
 */
public final class TokenBucketHandler extends Handler.Wrapper {

    /** Clients remembered at most; a full bucket is forgotten first (it is the same as a new one). */
    private static final int MAX_CLIENTS = 10_000;
    private static final long SWEEP_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    private final int ratePerSecond;
    private final int burst;
    private final LongSupplier nanos;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();

    public TokenBucketHandler(Handler handler, int ratePerSecond, int burst, LongSupplier nanos) {
        super(handler);
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.nanos = nanos;
        lastSweep.set(nanos.getAsLong());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"POST".equals(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        long now = nanos.getAsLong();
        TokenBucket bucket = bucket(Request.getRemoteAddr(request), now);
        if (bucket == null || !bucket.tryTake(now)) {
            Duration wait = bucket == null ? Duration.ofSeconds(1) : bucket.waitForToken(now);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Math.max(1, (wait.toMillis() + 999) / 1000));
            Response.writeError(request, response, callback, HttpStatus.TOO_MANY_REQUESTS_429);
            return true;
        }
        Callback refundOnRefusal = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                if (HttpStatus.isClientError(response.getStatus())) {
                    bucket.giveBack(nanos.getAsLong());
                }
                super.succeeded();
            }
        };
        if (!super.handle(request, response, refundOnRefusal)) {
            bucket.giveBack(now);
            return false;
        }
        return true;
    }

    /** The client's bucket, or null when too many clients are remembered even after forgetting the full ones. */
    private TokenBucket bucket(String client, long now) {
        TokenBucket known = buckets.get(client);
        if (known != null) {
            return known;
        }
        if (buckets.size() >= MAX_CLIENTS) {
            long last = lastSweep.get();
            if (now - last >= SWEEP_INTERVAL_NANOS && lastSweep.compareAndSet(last, now)) {
                buckets.values().removeIf(b -> b.isFull(now));
            }
            if (buckets.size() >= MAX_CLIENTS) {
                return null;
            }
        }
        return buckets.computeIfAbsent(client, c -> new TokenBucket(ratePerSecond, burst, now));
    }
}
