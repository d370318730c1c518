package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionLogTest {

    @Test
    void logsOneLinePerRejectionUpToTheLimitThenCountsTheRest() {
        List<String> lines = new ArrayList<>();
        Instant start = Instant.parse("2026-03-01T10:00:00.100Z");
        RejectionLog log = new RejectionLog(3, Clock.fixed(start, ZoneOffset.UTC), lines::add);

        for (int i = 0; i < 1000; i++) {
            log.rejected(400, "contact", "the body is not valid UTF-8\r\nX-Injected: 1", "127.0.0." + i % 250);
        }

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(
                "rejected 400 form=contact client=127.0.0.0: the body is not valid UTF-8 X-Injected: 1");
    }

    @Test
    void theNextSecondLogsAgainWithTheCountOfLinesHeldBack() {
        List<String> lines = new ArrayList<>();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        RejectionLog log = new RejectionLog(2, clock, lines::add);
        for (int i = 0; i < 10; i++) {
            log.rejected(429, "contact", "Too Many Requests", "127.0.0.1");
        }
        clock.now = clock.now.plusMillis(1000);
        log.rejected(413, "", "Payload Too Large", "127.0.0.2");

        assertThat(lines).containsExactly(
                "rejected 429 form=contact client=127.0.0.1: Too Many Requests",
                "rejected 429 form=contact client=127.0.0.1: Too Many Requests",
                "rejected 413 client=127.0.0.2: Payload Too Large (8 more rejected requests not logged)");
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
