package be.storysite.leads.store;

import java.time.Duration;

/**
 * The delivery backlog, for {@code /healthz}.
 *
 * @param pending jobs not delivered yet (including leased and waiting for a retry)
 * @param dead jobs given up on
 * @param oldestPendingAge how long the oldest pending job has waited, zero when none
 */
public record Backlog(long pending, long dead, Duration oldestPendingAge) {
}
