package be.storysite.leads.store;

import java.time.Duration;

/**
 * The delivery backlog, for {@code /healthz}.
 *
 * <pre>{@code
 * Backlog b = store.backlog(Instant.now());
 * if (b.dead() > 0) alert("a lead could not be delivered: storysite leads list, then leads resend ID");
 * }</pre>
 *
 * @param pending jobs not delivered yet (including leased and waiting for a retry)
 * @param dead jobs given up on and not resolved since (a resend of the same lead and channel delivered)
 * @param oldestPendingAge how long the oldest pending job has waited, zero when none
 */
public record Backlog(long pending, long dead, Duration oldestPendingAge) {
}
