package be.storysite.leads.http;

import java.util.Objects;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.Request;

/**
 * Jetty's {@link ForwardedRequestCustomizer} ({@code Forwarded}, {@code X-Forwarded-For}, ...) applied only to
 * requests whose TCP peer is a trusted proxy. From any other peer the headers are ignored, so a client cannot pick
 * the address its rate limit is counted under by sending {@code X-Forwarded-For} itself.
 *
 * <pre>{@code
 * httpConfiguration.addCustomizer(new TrustedForwardedCustomizer(TrustedProxies.of(List.of("10.0.0.0/8"))));
 * }</pre>
 */
public final class TrustedForwardedCustomizer extends ForwardedRequestCustomizer {

    private final TrustedProxies proxies;

    public TrustedForwardedCustomizer(TrustedProxies proxies) {
        this.proxies = Objects.requireNonNull(proxies);
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        if (!proxies.test(request.getConnectionMetaData().getRemoteSocketAddress())) {
            return request;
        }
        return super.customize(request, responseHeaders);
    }
}
