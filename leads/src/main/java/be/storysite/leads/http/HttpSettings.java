package be.storysite.leads.http;

import java.util.List;

/**
 * The abuse limits of the lead endpoint.
 *
 * <pre>{@code
 * new HttpSettings(List.of("https://www.vicinia.be"), 2, 20, 16 * 1024, 1024);
 * }</pre>
 *
 * @param allowedOrigins the exact origins (scheme://host[:port]) whose pages may post; CORS is granted to them only
 * @param ratePerSecond posts per second a client address may sustain (leaky bucket)
 * @param burst posts a client address may send at once before the rate applies
 * @param maxBodyBytes larger bodies get 413
 * @param minRequestDataRate bytes per second below which a slow upload is cut off (slow-loris defence); 0 = off
 */
public record HttpSettings(List<String> allowedOrigins, int ratePerSecond, int burst, long maxBodyBytes,
                           long minRequestDataRate) {

    public static final long DEFAULT_MAX_BODY_BYTES = 16 * 1024;

    public HttpSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
        if (ratePerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limit per second and burst must be at least 1");
        }
    }
}
