package be.storysite.leads.config;

import be.storysite.leads.delivery.DeliverySettings;
import be.storysite.leads.http.ConnectorSettings;
import be.storysite.leads.http.HttpSettings;
import be.storysite.leads.store.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the lead service needs, read by {@link LeadsConfigLoader} from a YAML file and environment variables.
 * Secrets (database and SMTP passwords, webhook secrets) live only here, on the server: nothing of it is ever
 * written into the static site.
 *
 * <pre>{@code
 * LeadsConfig config = LeadsConfigLoader.load(Optional.of(Path.of("leads.yaml")), Path.of("."), System.getenv());
 * config.database().url();   // jdbc:sqlite:/srv/site/var/leads.db
 * }</pre>
 *
 * @param contactForms the {@code contact-forms/} folder with the form definitions and routing
 * @param database the lead database (default: SQLite {@code var/leads.db})
 * @param host the address to listen on
 * @param port the port to listen on (0: any free port)
 * @param connector the listening socket's limits: timeouts, connection caps, trusted proxies
 * @param http the abuse limits of the endpoint
 * @param delivery mail transport, sender, retries, webhooks
 * @param deliveryEnabled whether this instance runs a delivery worker
 * @param site the built site folder whose pages frame the answers to a plain post that cannot be accepted (422,
 *             503), so they have the site's header, styles and footer; empty: plain pages
 */
public record LeadsConfig(Path contactForms, DatabaseSettings database, String host, int port,
                          ConnectorSettings connector,
                          HttpSettings http, DeliverySettings delivery, boolean deliveryEnabled, Optional<Path> site) {

    /** The same configuration with the built site folder that frames the service's pages (the preview's output). */
    public LeadsConfig withSite(Path newSite) {
        return new LeadsConfig(contactForms, database, host, port, connector, http, delivery, deliveryEnabled,
                Optional.of(newSite));
    }

    /** Connections idle this long are closed. */
    public Duration idleTimeout() {
        return connector.idleTimeout();
    }

    /** The same configuration listening on another port (tests and the preview server pick their own). */
    public LeadsConfig withPort(int newPort) {
        return new LeadsConfig(contactForms, database, host, newPort, connector, http, delivery, deliveryEnabled, site);
    }

    /** The same configuration with other endpoint limits. */
    public LeadsConfig withHttp(HttpSettings newHttp) {
        return new LeadsConfig(contactForms, database, host, port, connector, newHttp, delivery, deliveryEnabled, site);
    }

    /** The same configuration with another database. */
    public LeadsConfig withDatabase(DatabaseSettings newDatabase) {
        return new LeadsConfig(contactForms, newDatabase, host, port, connector, http, delivery, deliveryEnabled, site);
    }

    /** The same configuration with other delivery settings. */
    public LeadsConfig withDelivery(DeliverySettings newDelivery, boolean enabled) {
        return new LeadsConfig(contactForms, database, host, port, connector, http, newDelivery, enabled, site);
    }
}
