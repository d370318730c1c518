package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.http.TestService;
import be.storysite.leads.store.DeliveryAttempt;
import be.storysite.leads.store.StoredLead;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, acceptance 4: an SMTP server that accepts the connection and never answers. Every delivery attempt ends
 * within its timeout (and is retried later), while the HTTP answers stay fast: accepting a lead never waits for
 * mail.
 */
class SilentSmtpKeepsHttpFastTest {

    private static final int LEADS = 20;
    private static final int SMTP_TIMEOUT_SECONDS = 3;

    @Test
    void answersStayFastAndEachAttemptEndsWithinItsTimeout(@TempDir Path temp) throws Exception {
        try (SilentServer smtp = new SilentServer();
             TestService service = TestService.start(temp, TestService.GENEROUS_RATE, """
                     mail: {transport: smtp, from: leads@vicinia.example, smtp: {host: 127.0.0.1, port: %d, starttls: false, timeout_seconds: %d}}
                     delivery: {poll_interval_seconds: 1}
                     """.formatted(smtp.port(), SMTP_TIMEOUT_SECONDS))) {
            List<Duration> answers = new ArrayList<>();
            for (int i = 0; i < LEADS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = service.postForm("contact", TestService.validForm(i));
                answers.add(Duration.ofNanos(System.nanoTime() - start));
                assertThat(response.statusCode()).isEqualTo(303);
            }
            Eventually.await("the worker is talking to the silent server", Duration.ofSeconds(10),
                    () -> smtp.connections() > 0);

            // Accepting a lead never waits for SMTP: every answer came well before one SMTP timeout.
            assertThat(answers).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(SMTP_TIMEOUT_SECONDS - 1)));

            // Each attempt ends with a temporary failure after about its timeout; the lead stays pending for a retry.
            Instant started = Instant.now();
            Eventually.await("a timed-out attempt is recorded", Duration.ofSeconds(4 * SMTP_TIMEOUT_SECONDS),
                    () -> !attempts(service).isEmpty());
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(3 * SMTP_TIMEOUT_SECONDS));
            assertThat(attempts(service)).allSatisfy(a -> assertThat(a.outcome()).isNotEqualTo("delivered"));
            assertThat(service.store().backlog(Instant.now()).pending()).isEqualTo(LEADS);
            smtp.close(); // hang up on the attempts still waiting, so the service stops at once
        }
    }

    private static List<DeliveryAttempt> attempts(TestService service) {
        List<DeliveryAttempt> all = new ArrayList<>();
        for (StoredLead stored : service.store().list(LEADS)) {
            all.addAll(service.store().attempts(stored.lead().id()));
        }
        return all;
    }
}
