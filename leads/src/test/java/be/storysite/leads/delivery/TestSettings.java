package be.storysite.leads.delivery;

import java.nio.file.Path;
import java.time.Duration;

/** Delivery settings for tests: fast retries and polls, short timeouts. */
final class TestSettings {

    static final String SENDER = "leads@vicinia.be";
    /** The example site's templates folder (tests run in leads/): the real mail templates. */
    static final Path SITE_TEMPLATES = Path.of("..", "templates").toAbsolutePath().normalize();

    private TestSettings() {
    }

    /** The example site's mail templates, loaded. */
    static MailTemplates templates() {
        return MailTemplates.load(SITE_TEMPLATES);
    }

    static SmtpSettings smtp(int port) {
        return SmtpSettings.of("127.0.0.1", port).withTimeouts(Duration.ofMillis(800));
    }

    static DeliverySettings delivery(MailServer server) {
        return DeliverySettings.embedded(Path.of("unused"), SENDER, "Vicinia")
                .withMailServer(server)
                .withRetry(new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofHours(48), 0.2))
                .withPolling(10, 3, Duration.ofMillis(50), Duration.ofSeconds(30))
                .withTemplates(SITE_TEMPLATES);
    }
}
