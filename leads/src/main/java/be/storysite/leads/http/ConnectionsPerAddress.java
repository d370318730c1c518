package be.storysite.leads.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * Caps the open connections of one client address: a connection over the cap is closed as soon as it opens, before
 * it can cost more than a socket. Jetty has only global limits ({@code NetworkConnectionLimit}), which one address
 * could fill on its own. Trusted proxies are exempt (all their clients share the proxy's address); behind a proxy,
 * the proxy is what limits connections per client.
 *
 * <pre>{@code
 * connector.addBean(new ConnectionsPerAddress(32, TrustedProxies.of(List.of())));
 * }</pre>
 */
public final class ConnectionsPerAddress implements Connection.Listener {

    private final int max;
    private final TrustedProxies exempt;
    /** The connections counted, with their address: only those are uncounted when they close. */
    private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();

    public ConnectionsPerAddress(int max, TrustedProxies exempt) {
        this.max = max;
        this.exempt = exempt;
    }

    @Override
    public void onOpened(Connection connection) {
        SocketAddress peer = connection.getEndPoint().getRemoteSocketAddress();
        if (!(peer instanceof InetSocketAddress inet) || inet.getAddress() == null || exempt.test(peer)) {
            return;
        }
        InetAddress address = inet.getAddress();
        counted.put(connection, address);
        if (open.merge(address, 1, Integer::sum) > max) {
            // closing the end point (not the connection) drops the socket without an answer: cheapest for a flood
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = counted.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        }
    }
}
