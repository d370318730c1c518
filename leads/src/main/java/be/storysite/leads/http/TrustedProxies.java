package be.storysite.leads.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * The reverse proxies whose forwarding headers are believed: addresses and CIDR ranges, matched by Jetty's
 * {@link InetAddressSet}.
 *
 * <pre>{@code
 * TrustedProxies proxies = TrustedProxies.of(List.of("127.0.0.1", "::1", "10.0.0.0/8"));
 * proxies.test(new InetSocketAddress("10.1.2.3", 443));   // true
 * }</pre>
 */
public final class TrustedProxies implements Predicate<SocketAddress> {

    private final InetAddressSet addresses = new InetAddressSet();

    private TrustedProxies(List<String> patterns) {
        patterns.forEach(addresses::add);
    }

    /**
     * @throws IllegalArgumentException naming a pattern that is neither an address nor a CIDR range
     */
    public static TrustedProxies of(List<String> patterns) {
        return new TrustedProxies(patterns);
    }

    public boolean isEmpty() {
        return addresses.isEmpty();
    }

    /** Whether {@code peer} (a TCP peer) is one of the trusted proxies; anything but an IP socket address is not. */
    @Override
    public boolean test(SocketAddress peer) {
        return peer instanceof InetSocketAddress inet && inet.getAddress() != null && addresses.test(inet.getAddress());
    }
}
