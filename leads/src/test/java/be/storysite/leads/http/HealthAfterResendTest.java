package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.delivery.DeliveryQueue;
import be.storysite.leads.ops.LeadOps;
import be.storysite.leads.store.JdbcDeliveryQueue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance 3: {@code /healthz} counts a dead job until a resend of it is delivered, and no longer. */
class HealthAfterResendTest {

    @TempDir
    Path temp;

    @Test
    void aDeadJobIsResolvedOnceItsResendIsDelivered() throws Exception {
        try (TestService service = TestService.start(temp)) {
            assertThat(service.postForm("contact", TestService.validForm(1)).statusCode()).isEqualTo(303);
            DeliveryQueue queue = new JdbcDeliveryQueue(service.store().database(), UnaryOperator.identity());
            Instant now = Instant.now();

            DeliveryQueue.Claimed first = claimOne(queue, now);
            queue.dead(first.job().id(), "550 5.1.1 mailbox unavailable", now);
            assertThat(counts(service)).isEqualTo("pending=0 dead=1");

            LeadOps ops = new LeadOps(service.store(), Clock.systemUTC());
            assertThat(ops.resend(first.lead().id())).isPresent();
            assertThat(counts(service)).as("queued again, not delivered yet").isEqualTo("pending=1 dead=1");

            DeliveryQueue.Claimed again = claimOne(queue, Instant.now());
            assertThat(again.lead().id()).isEqualTo(first.lead().id());
            queue.retryLater(again.job().id(), "451 4.7.1 try later", Instant.now());
            assertThat(counts(service)).as("a failed resend resolves nothing").isEqualTo("pending=1 dead=1");

            queue.delivered(claimOne(queue, Instant.now().plusSeconds(1)).job().id(), "250 2.0.0 Ok", Instant.now());
            assertThat(counts(service)).as("resolved by the delivered resend").isEqualTo("pending=0 dead=0");

            // another lead's dead job still counts: resolution is per lead and channel
            assertThat(service.postForm("contact", TestService.validForm(2)).statusCode()).isEqualTo(303);
            queue.dead(claimOne(queue, Instant.now()).job().id(), "550 no", Instant.now());
            assertThat(counts(service)).isEqualTo("pending=0 dead=1");
        }
    }

    private static DeliveryQueue.Claimed claimOne(DeliveryQueue queue, Instant now) {
        List<DeliveryQueue.Claimed> claimed = queue.claim("test", 10, Duration.ofMinutes(1), now);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    /** The backlog {@code /healthz} reports, as {@code pending=N dead=N}. */
    private static String counts(TestService service) throws Exception {
        var health = service.send(HttpRequest.newBuilder(service.uri("/healthz")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode delivery = new ObjectMapper().readTree(health.body()).get("delivery");
        return "pending=" + delivery.get("pending").asLong() + " dead=" + delivery.get("dead").asLong();
    }
}
