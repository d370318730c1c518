package be.storysite.leads.http;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The lead service's listening connector with its limits ({@link ConnectorSettings}): Jetty's idle timeout and
 * {@link NetworkConnectionLimit} (total open connections; beyond it Jetty stops accepting, so the kernel's backlog
 * queues new clients instead of the service running out of file descriptors), plus what Jetty lacks: a
 * {@link RequestHeadTimeout}, a cap per client address ({@link ConnectionsPerAddress}) and forwarding headers from
 * trusted proxies only ({@link TrustedForwardedCustomizer}).
 *
 * <pre>{@code
 * ServerConnector connector = LeadConnector.create(server, ConnectorSettings.defaults());
 * connector.setPort(8081);
 * server.addConnector(connector);
 * }</pre>
 */
public final class LeadConnector {

    private static final int REQUEST_HEADER_BYTES = 8 * 1024;

    private LeadConnector() {
    }

    public static ServerConnector create(Server server, ConnectorSettings settings) {
        TrustedProxies proxies = TrustedProxies.of(settings.trustedProxies());
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        if (!proxies.isEmpty()) {
            http.addCustomizer(new TrustedForwardedCustomizer(proxies));
        }
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        connector.addBean(new ConnectionsPerAddress(settings.maxConnectionsPerAddress(), proxies));
        connector.addBean(new RequestHeadTimeout(settings.headerTimeout(), connector.getScheduler()));
        server.addBean(new NetworkConnectionLimit(settings.maxConnections(), connector));
        return connector;
    }
}
