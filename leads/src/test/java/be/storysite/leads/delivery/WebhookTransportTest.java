package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.Lead;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookTransportTest {

    private static final String SECRET = "test-secret-0123456789abcdef";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private static WebhookSettings settings(URI url, Duration timeout) {
        return new WebhookSettings(url, SECRET, timeout);
    }

    @Test
    void postsTheLeadAsSignedJsonThatTheReceiverVerifies() throws Exception {
        Lead lead = TestLeads.ordinary("01HOOK", TestLeads.routedTo("an", "An Peeters", "an.peeters@vicinia.be"));
        try (WebhookReceiver crm = new WebhookReceiver(SECRET, () -> 201, 0)) {
            DeliveryOutcome outcome = new WebhookTransport(settings(crm.url(), Duration.ofSeconds(2)), CLOCK)
                    .send(lead);

            assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
            assertThat(outcome.reply()).startsWith("HTTP 201");
            WebhookReceiver.Request request = crm.requests().get(0);
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.timestamp()).isEqualTo(Long.toString(CLOCK.instant().getEpochSecond()));
            assertThat(request.idempotencyKey()).isEqualTo("01HOOK");
            JsonNode json = new ObjectMapper().readTree(request.body());
            assertThat(json.path("id").asText()).isEqualTo("01HOOK");
            assertThat(json.path("fields").path("organisation").asText()).isEqualTo("Gemeente Lindebeek");
            assertThat(json.path("source").path("slug").asText()).isEqualTo("lindebeek-cloud");
            assertThat(json.path("routing").path("ruleId").asText()).isEqualTo("account-lindebeek");
            assertThat(json.path("utm").path("utm_source").asText()).isEqualTo("newsletter");
            assertThat(json.path("consent").path("given").asBoolean()).isTrue();
            // a tampered body or another secret does not verify
            assertThat(WebhookReceiver.verify(SECRET, request.timestamp(), (request.body() + " ").getBytes(),
                    request.signature())).isFalse();
            assertThat(WebhookReceiver.verify("another-secret-0123456789", request.timestamp(),
                    request.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), request.signature())).isFalse();
        }
    }

    @Test
    void serverErrorsAndTimeoutsAreTemporaryClientErrorsPermanent() throws Exception {
        Lead lead = TestLeads.ordinary("01FAIL", TestLeads.routedTo("an", "An Peeters", "an.peeters@vicinia.be"));
        try (WebhookReceiver broken = new WebhookReceiver(SECRET, () -> 503, 0);
             WebhookReceiver refusing = new WebhookReceiver(SECRET, () -> 422, 0);
             WebhookReceiver slow = new WebhookReceiver(SECRET, () -> 200, 3000)) {
            assertThat(new WebhookTransport(settings(broken.url(), Duration.ofSeconds(2)), CLOCK).send(lead))
                    .isInstanceOf(DeliveryOutcome.TemporaryFailure.class);
            assertThat(new WebhookTransport(settings(refusing.url(), Duration.ofSeconds(2)), CLOCK).send(lead))
                    .isInstanceOf(DeliveryOutcome.PermanentFailure.class);
            long start = System.nanoTime();
            DeliveryOutcome timedOut = new WebhookTransport(settings(slow.url(), Duration.ofMillis(300)), CLOCK)
                    .send(lead);
            assertThat(timedOut).isInstanceOf(DeliveryOutcome.TemporaryFailure.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
        }
        assertThat(WebhookTransport.classify(429, "")).isInstanceOf(DeliveryOutcome.TemporaryFailure.class);
        assertThat(WebhookTransport.classify(404, "")).isInstanceOf(DeliveryOutcome.PermanentFailure.class);
    }

    @Test
    void alertWebhookPostsSignedAlertsAndNeverThrows() throws Exception {
        Alert alert = new Alert(CLOCK.instant(), Alert.Kind.DEAD_LETTER, "01DEAD", 42, DeliveryChannel.MANAGER_MAIL,
                "an.peeters@vicinia.be", 12, "no attempt succeeded within PT48H");
        try (WebhookReceiver ops = new WebhookReceiver(SECRET, () -> 200, 0)) {
            AlertSink.standard(java.util.Optional.of(settings(ops.url(), Duration.ofSeconds(2))), CLOCK).alert(alert);
            WebhookReceiver.Request request = ops.requests().get(0);
            assertThat(request.signatureValid()).isTrue();
            JsonNode json = new ObjectMapper().readTree(request.body());
            assertThat(json.path("kind").asText()).isEqualTo("DEAD_LETTER");
            assertThat(json.path("leadId").asText()).isEqualTo("01DEAD");
            assertThat(json.path("attempts").asInt()).isEqualTo(12);
        }
        // nobody listening: logged, not thrown
        new WebhookAlertSink(settings(URI.create("http://127.0.0.1:" + Eventually.freePort() + "/x"),
                Duration.ofMillis(500)), CLOCK).alert(alert);
    }

    @Test
    void settingsRefuseWeakSecretsAndHideThem() {
        assertThatThrownBy(() -> new WebhookSettings(URI.create("https://crm.example/h"), "short", Duration.ofSeconds(1)))
                .hasMessageContaining("at least 16");
        assertThatThrownBy(() -> new WebhookSettings(URI.create("ftp://crm.example/h"), SECRET, Duration.ofSeconds(1)))
                .hasMessageContaining("https://");
        assertThat(settings(URI.create("https://crm.example/h"), Duration.ofSeconds(1)).toString())
                .doesNotContain(SECRET);
    }
}
