package be.storysite.leads.app;

import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.http.LeadConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The lead service on its own Jetty server (production: {@code ./storysite leads serve}), listening through a
 * {@link LeadConnector} (header and idle timeouts, connection caps, trusted proxies); request bodies are read without
 * holding a thread, so the threads below only wait for commits, never for slow clients.
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
        // Requests block while their batch commits; enough threads keep group commit fed under load. Slow clients
        // take none of them: bodies are read asynchronously (LeadHandler) and heads by the selector.
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8);
        threads.setName("leads-http");
        Server server = new Server(threads);
        ServerConnector connector = LeadConnector.create(server, config.connector());
        connector.setHost(config.host());
        connector.setPort(config.port());
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

    /** Connections open right now (for tests and monitoring). */
    public int openConnections() {
        return connector.getConnectedEndPoints().size();
    }

    /** Request threads running a task right now (for tests and monitoring). */
    public int busyThreads() {
        return ((QueuedThreadPool) server.getThreadPool()).getBusyThreads();
    }

    /** Threads of the request pool, busy or idle (for tests and monitoring). */
    public int threads() {
        return ((QueuedThreadPool) server.getThreadPool()).getThreads();
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
