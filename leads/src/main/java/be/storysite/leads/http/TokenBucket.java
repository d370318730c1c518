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

    /** The bucket counts time, not fractions of tokens: exact, so many small refills add up to whole tokens. */
    private final long nanosPerToken;
    private final long capacityNanos;
    private long creditNanos;
    private long updatedNanos;

    TokenBucket(int ratePerSecond, int burst, long nowNanos) {
        this.nanosPerToken = Math.max(1, 1_000_000_000L / ratePerSecond);
        this.capacityNanos = nanosPerToken * burst;
        this.creditNanos = capacityNanos;
        this.updatedNanos = nowNanos;
    }

    synchronized boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (creditNanos < nanosPerToken) {
            return false;
        }
        creditNanos -= nanosPerToken;
        return true;
    }

    /** Gives back the token of a post that was refused. */
    synchronized void giveBack(long nowNanos) {
        refill(nowNanos);
        creditNanos = Math.min(capacityNanos, creditNanos + nanosPerToken);
    }

    /** How long until the next token (zero when one is there). */
    synchronized Duration waitForToken(long nowNanos) {
        refill(nowNanos);
        return Duration.ofNanos(Math.max(0, nanosPerToken - creditNanos));
    }

    /** Whether the bucket is full: a client that would start afresh, so it can be forgotten. */
    synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return creditNanos >= capacityNanos;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedNanos;
        if (elapsed > 0) {
            creditNanos = Math.min(capacityNanos, creditNanos + Math.min(elapsed, capacityNanos));
            updatedNanos = nowNanos;
        }
    }
}
