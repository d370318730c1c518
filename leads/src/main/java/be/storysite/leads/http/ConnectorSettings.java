package be.storysite.leads.http;

import java.time.Duration;
import java.util.List;

/**
 * The limits of the lead service's listening socket, applied by {@link LeadConnector}: they bound what a client can
 * hold before a request reaches a handler.
 *
 * <pre>{@code
 * new ConnectorSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), 2048, 32, List.of("127.0.0.1", "10.0.0.0/8"));
 * }</pre>
 *
 * @param idleTimeout a connection that neither sends nor receives a byte this long is closed
 * @param headerTimeout a connection that has not sent a complete request head this long after it opened (or after
 *     its previous answer) is closed, however slowly it keeps sending bytes
 * @param maxConnections open connections in all; beyond it the service stops accepting until one closes
 * @param maxConnectionsPerAddress open connections of one client address (trusted proxies exempt); more are closed
 *     at once
 * @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}) of reverse proxies whose {@code Forwarded} /
 *     {@code X-Forwarded-For} headers name the client; from any other peer those headers are ignored
 */
public record ConnectorSettings(Duration idleTimeout, Duration headerTimeout, int maxConnections,
                                int maxConnectionsPerAddress, List<String> trustedProxies) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_CONNECTIONS = 2048;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 32;

    public ConnectorSettings {
        trustedProxies = List.copyOf(trustedProxies);
        if (maxConnections < 1 || maxConnectionsPerAddress < 1) {
            throw new IllegalArgumentException("connection limits must be at least 1");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || headerTimeout.isNegative() || headerTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** The defaults, without trusted proxies. */
    public static ConnectorSettings defaults() {
        return new ConnectorSettings(DEFAULT_IDLE_TIMEOUT, DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, List.of());
    }
}
