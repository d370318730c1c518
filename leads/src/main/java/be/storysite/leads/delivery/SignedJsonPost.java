package be.storysite.leads.delivery;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * POSTs a JSON body, HMAC-signed, with the settings' timeouts; shared by the CRM webhook and the alert webhook.
 *
 * <pre>{@code
 * HttpResponse<String> response = new SignedJsonPost(settings, clock).post(json, "lead-01J...");
 * }</pre>
 */
final class SignedJsonPost {

    /** Lets a receiver deduplicate: the same lead (or alert) always carries the same key. */
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final WebhookSettings settings;
    private final WebhookSigner signer;
    private final HttpClient client;
    private final Clock clock;

    SignedJsonPost(WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.signer = new WebhookSigner(settings.secret());
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> post(String json, String idempotencyKey) throws IOException, InterruptedException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "storysite-leads")
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE_HEADER, signer.sign(timestamp, body))
                .header(IDEMPOTENCY_HEADER, idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    WebhookSettings settings() {
        return settings;
    }
}
