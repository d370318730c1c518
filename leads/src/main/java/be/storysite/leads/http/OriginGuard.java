package be.storysite.leads.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses (403) a post whose page is not on an allowed origin, so that other sites cannot make their visitors'
 * browsers post leads. Browsers send {@code Origin} with every POST; when a privacy setting strips it, the
 * {@code Referer}'s origin is used; a post with neither is refused. The allowed origin is handed on as the
 * request attribute {@link #ORIGIN_ATTRIBUTE} (the thank-you redirect goes back to it).
 *
 * <pre>{@code
 * Handler guarded = new OriginGuard(Set.of("https://www.vicinia.be"), leadHandler);
 * }</pre>
 */
public final class OriginGuard extends Handler.Wrapper {

    public static final String ORIGIN_ATTRIBUTE = OriginGuard.class.getName() + ".origin";

    private final Set<String> allowed;

    public OriginGuard(Set<String> allowedOrigins, Handler next) {
        super(next);
        this.allowed = Set.copyOf(allowedOrigins.stream().map(OriginGuard::normalise).toList());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"POST".equals(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        Optional<String> origin = originOf(request);
        if (origin.isEmpty() || !allowed.contains(origin.get())) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403,
                    "posts to the lead service are only accepted from the site's own pages");
            return true;
        }
        request.setAttribute(ORIGIN_ATTRIBUTE, origin.get());
        return super.handle(request, response, callback);
    }

    private static Optional<String> originOf(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null) {
            return origin.equals("null") ? Optional.empty() : Optional.of(normalise(origin));
        }
        String referer = request.getHeaders().get(HttpHeader.REFERER);
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(normalise(uri.getScheme() + "://" + uri.getHost()
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort())));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String normalise(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
