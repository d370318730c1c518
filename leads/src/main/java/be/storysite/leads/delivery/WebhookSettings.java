package be.storysite.leads.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An HTTP endpoint that receives signed JSON: the CRM webhook, or the alert webhook.
 *
 * <pre>{@code
 * WebhookSettings crm = new WebhookSettings(URI.create("https://crm.vicinia.be/hooks/leads"),
 *         System.getenv("STORYSITE_CRM_SECRET"), Duration.ofSeconds(10));
 * }</pre>
 *
 * @param url where to POST; http or https
 * @param secret the shared HMAC-SHA256 key; never printed by {@link #toString()}
 * @param timeout connect timeout and whole-request timeout
 */
public record WebhookSettings(URI url, String secret, Duration timeout) {

    public WebhookSettings {
        Objects.requireNonNull(url, "url");
        if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("webhook URL " + url + " must start with https:// (or http://)");
        }
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("webhook secret for " + url
                    + " must be at least 16 characters: generate one, e.g. `openssl rand -hex 32`");
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("webhook timeout for " + url + " must be positive");
        }
    }

    @Override
    public String toString() {
        return "WebhookSettings[" + url + ", secret ***, timeout " + timeout + "]";
    }
}
