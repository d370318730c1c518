package be.storysite.leads.delivery;

import be.storysite.leads.model.Lead;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * The optional CRM webhook: POSTs the lead as JSON ({@link LeadJson}), signed with HMAC-SHA256
 * ({@link WebhookSigner}), with an {@code Idempotency-Key} of the lead id. A 2xx answer is delivered; 5xx, 408, 429
 * and network errors or timeouts are temporary (retried like mail); any other 4xx is permanent (the CRM refuses
 * this lead, retrying would not help).
 *
 * <pre>{@code
 * WebhookTransport crm = new WebhookTransport(settings.crmWebhook().orElseThrow(), Clock.systemUTC());
 * DeliveryOutcome outcome = crm.send(lead);   // Delivered("HTTP 201")
 * }</pre>
 */
public final class WebhookTransport {

    private final SignedJsonPost post;
    private final LeadJson json = new LeadJson();

    public WebhookTransport(WebhookSettings settings, Clock clock) {
        this.post = new SignedJsonPost(settings, clock);
    }

    public DeliveryOutcome send(Lead lead) {
        try {
            HttpResponse<String> response = post.post(json.toJson(lead), lead.id());
            return classify(response.statusCode(), response.body());
        } catch (IOException e) {
            return new DeliveryOutcome.TemporaryFailure(
                    HeaderText.singleLine(post.settings().url() + ": " + e.getClass().getSimpleName() + ": "
                            + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryOutcome.TemporaryFailure("interrupted while posting to " + post.settings().url());
        }
    }

    static DeliveryOutcome classify(int status, String body) {
        String reply = HeaderText.singleLine("HTTP " + status + (body == null || body.isBlank() ? "" : " " + body));
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Delivered(reply);
        }
        if (status >= 500 || status == 408 || status == 429) {
            return new DeliveryOutcome.TemporaryFailure(reply);
        }
        return new DeliveryOutcome.PermanentFailure(reply);
    }
}
