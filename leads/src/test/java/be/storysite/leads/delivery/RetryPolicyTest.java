package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy standard = RetryPolicy.standard();

    @Test
    void doublesFromThirtySecondsUpToTheCap() {
        assertThat(standard.delayAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(standard.delayAfter(2, 0.5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(standard.delayAfter(3, 0.5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(standard.delayAfter(6, 0.5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(standard.delayAfter(7, 0.5)).isEqualTo(Duration.ofMinutes(30));
        assertThat(standard.delayAfter(500, 0.5)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jitterSpreadsWithinTheBandAndNeverExceedsTheCap() {
        assertThat(standard.delayAfter(2, 0.0)).isEqualTo(Duration.ofSeconds(48));
        assertThat(standard.delayAfter(2, 0.999999)).isBetween(Duration.ofSeconds(71), Duration.ofSeconds(72));
        assertThat(standard.delayAfter(20, 0.999999)).isEqualTo(Duration.ofMinutes(30));
        assertThat(standard.delayAfter(20, 0.0)).isEqualTo(Duration.ofMinutes(24));
    }

    @Test
    void lastAttemptHappensAtTheDeadlineThenTheJobIsExpired() {
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        Instant nearlyDead = created.plus(Duration.ofHours(48)).minusSeconds(60);

        assertThat(standard.nextAttempt(created, 40, nearlyDead, 0.5)).isEqualTo(created.plus(Duration.ofHours(48)));
        assertThat(standard.nextAttempt(created, 1, created, 0.5)).isEqualTo(created.plusSeconds(30));
        assertThat(standard.expired(created, nearlyDead)).isFalse();
        assertThat(standard.expired(created, created.plus(Duration.ofHours(48)))).isTrue();
        assertThat(standard.withMaxAge(Duration.ofHours(1)).expired(created, created.plusSeconds(3601))).isTrue();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1), 0.1))
                .hasMessageContaining("initial delay");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1),
                0.1)).hasMessageContaining("maximum delay");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1),
                1.5)).hasMessageContaining("jitter");
    }
}
