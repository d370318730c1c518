package be.storysite.leads.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a temporarily failed job again: capped exponential backoff with jitter, and a maximum age after
 * which the job is dead-lettered.
 *
 * <p>With the {@link #standard() standard} policy the waits are about 30 s, 1 min, 2 min, 4 min, ... up to 30 min,
 * each spread by ±20 % so that a queue that failed together (server down) does not retry in lock step.
 *
 * <pre>{@code
 * RetryPolicy retry = RetryPolicy.standard();
 * retry.delayAfter(3, 0.5);                       // PT2M: third failure, no jitter at random 0.5
 * retry.nextAttempt(createdAt, 3, now, random.nextDouble());
 * retry.expired(createdAt, now);                  // true 48 h after the lead arrived
 * }</pre>
 *
 * @param initialDelay wait after the first failure
 * @param maxDelay no wait is longer than this
 * @param maxAge after this age (from the lead's arrival) a failing job goes DEAD
 * @param jitter relative spread, 0 to 1 (0.2 = ±20 %)
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, Duration maxAge, double jitter) {

    public RetryPolicy {
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("retry initial delay must be positive");
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("retry maximum delay must be at least the initial delay ("
                    + initialDelay + ")");
        }
        if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("retry maximum age must be positive (e.g. 48h)");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("retry jitter must be between 0 and 1, not " + jitter);
        }
    }

    /** 30 s, doubling, capped at 30 min, ±20 %, dead after 48 h. */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(48), 0.2);
    }

    public RetryPolicy withMaxAge(Duration age) {
        return new RetryPolicy(initialDelay, maxDelay, age, jitter);
    }

    /**
     * The wait after {@code failures} failed attempts (1 = the first one failed); {@code random} in [0, 1) picks
     * the point in the jitter band, 0.5 being the middle.
     */
    public Duration delayAfter(int failures, double random) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        double base = Math.min((double) initialDelay.toMillis() * (1L << doublings), maxDelay.toMillis());
        double spread = 1 + jitter * (2 * random - 1);
        return Duration.ofMillis(Math.round(Math.min(base * spread, maxDelay.toMillis())));
    }

    /** The next attempt, never later than the deadline so the last try happens when the job is about to expire. */
    public Instant nextAttempt(Instant createdAt, int failures, Instant now, double random) {
        Instant next = now.plus(delayAfter(failures, random));
        Instant deadline = deadline(createdAt);
        return next.isAfter(deadline) && now.isBefore(deadline) ? deadline : next;
    }

    public Instant deadline(Instant createdAt) {
        return createdAt.plus(maxAge);
    }

    /** True when a job created at {@code createdAt} may not be retried any more at {@code now}. */
    public boolean expired(Instant createdAt, Instant now) {
        return !now.isBefore(deadline(createdAt));
    }
}
