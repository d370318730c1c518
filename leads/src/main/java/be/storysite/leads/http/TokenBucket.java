package be.storysite.leads.http;

import java.time.Duration;

/**
 * One client's allowance of posts: {@code burst} tokens, refilled at {@code ratePerSecond}. A post takes a token
 * and gives it back when it is refused (4xx), so refused posts never lock a client out: a client over the rate is
 * slowed to it, not stopped. Times are {@link System#nanoTime()} values, passed in so the arithmetic is testable.
 *
 * <pre>{@code
 * TokenBucket bucket = new TokenBucket(2, 20, System.nanoTime());
 * if (bucket.tryTake(System.nanoTime())) { ... } else { bucket.waitForToken(System.nanoTime()); }
 * }</pre>
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double ratePerNano;
    private final double burst;
    private double tokens;
    private long updatedNanos;

    TokenBucket(int ratePerSecond, int burst, long nowNanos) {
        this.ratePerNano = ratePerSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.tokens = burst;
        this.updatedNanos = nowNanos;
    }

    synchronized boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Gives back the token of a post that was refused. */
    synchronized void giveBack(long nowNanos) {
        refill(nowNanos);
        tokens = Math.min(burst, tokens + 1);
    }

    /** How long until the next token (zero when one is there). */
    synchronized Duration waitForToken(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / ratePerNano));
    }

    /** Whether the bucket is full: a client that would start afresh, so it can be forgotten. */
    synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= burst;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedNanos;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * ratePerNano);
            updatedNanos = nowNanos;
        }
    }
}
