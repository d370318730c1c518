package be.storysite.leads.app;

import be.storysite.leads.config.LeadsConfig;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The lead service on its own Jetty server (production: {@code ./storysite leads serve}). Connections idle longer
 * than the configured timeout are closed; uploads slower than the minimum data rate are cut off by the handler.
 *
 * <pre>{@code
 * try (LeadServer server = LeadServer.start(config)) {
 *     System.out.println("listening on " + server.port());
 *     server.join();
 * }
 * }</pre>
 */
public final class LeadServer implements AutoCloseable {

    private static final int MAX_THREADS = 400;

    private final LeadService service;
    private final Server server;
    private final ServerConnector connector;

    private LeadServer(LeadService service, Server server, ServerConnector connector) {
        this.service = service;
        this.server = server;
        this.connector = connector;
    }

    /** Assembles the service, starts its worker and listens on {@code config.host():config.port()}. */
    public static LeadServer start(LeadsConfig config) throws Exception {
        LeadService service = LeadService.create(config);
        // Requests block while their batch commits; enough threads keep group commit fed under load.
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8);
        threads.setName("leads-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(8 * 1024);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        server.addConnector(connector);
        server.setHandler(service.handler());
        server.setErrorHandler(service.errorHandler());
        server.setStopTimeout(10_000);
        try {
            service.start();
            server.start();
        } catch (Exception e) {
            server.stop();
            service.close();
            throw e;
        }
        return new LeadServer(service, server, connector);
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public LeadService service() {
        return service;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops accepting, lets requests in flight finish, then stops the service. */
    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            service.close();
        }
    }
}
