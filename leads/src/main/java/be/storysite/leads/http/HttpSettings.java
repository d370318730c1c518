package be.storysite.leads.http;

import java.time.Duration;
import java.util.List;

/**
 * The abuse limits of the lead endpoint (the handlers; the connector's limits are in {@link ConnectorSettings}).
 *
 * <pre>{@code
 * new HttpSettings(List.of("https://www.vicinia.be"), 2, 20, 16 * 1024, 512, Duration.ofSeconds(20));
 * }</pre>
 *
 * @param allowedOrigins the exact origins (scheme://host[:port]) whose pages may post; CORS is granted to them only
 * @param ratePerSecond posts per second a client address may sustain (token bucket; refused posts cost nothing)
 * @param burst posts a client address may send at once before the rate applies
 * @param maxBodyBytes larger bodies get 413
 * @param minRequestDataRate bytes per second below which an upload is cut off with 408 (per request); 0 = off
 * @param bodyTimeout a body not complete this long after its request head arrived is cut off with 408
 */
public record HttpSettings(List<String> allowedOrigins, int ratePerSecond, int burst, long maxBodyBytes,
                           long minRequestDataRate, Duration bodyTimeout) {

    public static final long DEFAULT_MAX_BODY_BYTES = 16 * 1024;
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(20);

    public HttpSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
        if (ratePerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limit per second and burst must be at least 1");
        }
        if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("the body timeout must be positive");
        }
    }

    /** The same limits for other origins (the preview adds its own). */
    public HttpSettings withAllowedOrigins(List<String> origins) {
        return new HttpSettings(origins, ratePerSecond, burst, maxBodyBytes, minRequestDataRate, bodyTimeout);
    }
}
