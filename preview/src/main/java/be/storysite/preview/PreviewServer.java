package be.storysite.preview;

import be.storysite.leads.http.QuietErrorHandler;
import be.storysite.leads.http.RejectionLog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;

/**
 * One Jetty server for local work: the built site at {@code /}, plus whatever other handlers are mounted beside
 * it (the lead service at {@code /leads/}, the mail viewer at {@code /_dev/mail}, the reload events).
 *
 * <pre>{@code
 * try (PreviewServer server = new PreviewServer(Path.of("target/site"), 8080, List.of(leadService.handler()))) {
 *     server.start();
 *     System.out.println(server.uri());
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    /**
     * @param siteDir the built site
     * @param port the port, or 0 for a free one
     * @param before handlers tried in order before the site; each answers only its own paths and declines (returns
     *               false for) the rest, as the lead service's handler does for anything but {@code /leads/*} and
     *               {@code /healthz}. (Jetty's PathMappingsHandler would rewrite the path they see.)
     */
    public PreviewServer(Path siteDir, int port, List<Handler> before) {
        this(siteDir, port, before, UnaryOperator.identity());
    }

    /**
     * The same, with every HTML page passed through {@code htmlFilter} on its way out (the live preview adds its
     * reload script so).
     */
    public PreviewServer(Path siteDir, int port, List<Handler> before, UnaryOperator<String> htmlFilter) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        // Errors (bad requests, a bug's 500) answer one short sentence, never a stack trace, like the lead service.
        server.setErrorHandler(new QuietErrorHandler(RejectionLog.toSlf4j(RejectionLog.DEFAULT_LINES_PER_SECOND,
                Clock.systemUTC())));
        Handler.Sequence routes = new Handler.Sequence(before);
        routes.addHandler(new StaticSiteHandler(siteDir, htmlFilter));
        // ResourceHandler resolves paths against a context; the whole site is the root context.
        server.setHandler(new ContextHandler(routes, "/"));
    }

    /** Binds the port without serving yet, so that what is mounted can be told it; returns the port. */
    public int open() throws java.io.IOException {
        connector.open();
        return connector.getLocalPort();
    }

    public void start() throws Exception {
        server.start();
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        connector.close(); // bound by open() even when the server never started
    }
}
