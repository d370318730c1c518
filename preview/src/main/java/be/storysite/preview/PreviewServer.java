package be.storysite.preview;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;

/**
 * One Jetty server for local work: the built site at {@code /}, plus whatever other handlers are mounted beside
 * it (the lead service at {@code /leads/}, the mail viewer at {@code /_dev/mail}, the reload events).
 *
 * <pre>{@code
 * try (PreviewServer server = new PreviewServer(Path.of("target/site"), 8080,
 *         Map.of("/leads/*", leadService.handler()))) {
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
     * @param mounts servlet-style path specs ({@code /leads/*}, {@code /healthz}) to handlers, tried before the site
     */
    public PreviewServer(Path siteDir, int port, Map<String, Handler> mounts) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        PathMappingsHandler routes = new PathMappingsHandler();
        new LinkedHashMap<>(mounts).forEach((spec, handler) -> routes.addMapping(PathSpec.from(spec), handler));
        routes.addMapping(PathSpec.from("/"), new StaticSiteHandler(siteDir));
        // ResourceHandler resolves paths against a context; the whole site is the root context.
        server.setHandler(new ContextHandler(routes, "/"));
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
    }
}
