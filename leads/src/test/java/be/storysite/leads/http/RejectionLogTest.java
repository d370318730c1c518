package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RejectionLogTest {

    private final AtomicLong now = new AtomicLong(Instant.parse("2026-03-01T10:00:00.100Z").toEpochMilli());
    private final List<String> lines = new ArrayList<>();

    @Test
    void logsOneLinePerRejectionUpToTheLimitThenCountsTheRest() {
        RejectionLog log = new RejectionLog(3, now::get, lines::add);

        for (int i = 0; i < 1000; i++) {
            log.rejected(400, "contact", "the body is not valid UTF-8\r\nX-Injected: 1", "127.0.0." + i % 250);
        }

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(
                "rejected 400 form=contact client=127.0.0.0: the body is not valid UTF-8 X-Injected: 1");
    }

    @Test
    void theNextSecondLogsAgainWithTheCountOfLinesHeldBack() {
        RejectionLog log = new RejectionLog(2, now::get, lines::add);
        for (int i = 0; i < 10; i++) {
            log.rejected(429, "contact", "Too Many Requests", "127.0.0.1");
        }
        now.addAndGet(1000);
        log.rejected(413, "", "Payload Too Large", "127.0.0.2");

        assertThat(lines).containsExactly(
                "rejected 429 form=contact client=127.0.0.1: Too Many Requests",
                "rejected 429 form=contact client=127.0.0.1: Too Many Requests",
                "rejected 413 client=127.0.0.2: Payload Too Large (8 more rejected requests not logged)");
    }
}
