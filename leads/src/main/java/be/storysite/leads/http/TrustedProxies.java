package be.storysite.leads.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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

    /** IPv4 (digits, dots, a range's / or -) or IPv6 (hex digits and colons): never a name to look up in DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9./-]+|[0-9A-Fa-f:./-]*:[0-9A-Fa-f:./-]*");

    private TrustedProxies(List<String> patterns) {
        for (String pattern : patterns) {
            if (!LITERAL.matcher(pattern).matches()) {
                throw new IllegalArgumentException("'" + pattern + "' is not an IP address or CIDR range");
            }
            addresses.add(pattern);
        }
    }

    /**
     * @throws IllegalArgumentException naming a pattern that is neither an address nor a CIDR range (host names are
     *     refused: a proxy's trust must not depend on a DNS answer)
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
