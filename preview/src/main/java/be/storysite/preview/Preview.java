package be.storysite.preview;

import be.storysite.generator.BuildListener;
import be.storysite.generator.BuildOptions;
import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import be.storysite.leads.app.LeadService;
import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.config.LeadsConfigLoader;
import be.storysite.leads.delivery.MaildirReader;
import be.storysite.leads.delivery.MaildirSettings;
import be.storysite.leads.http.HttpSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Handler;

/**
 * A running preview: the site built with drafts, future and unapproved content (each with a banner), served on
 * one port together with the lead service (its {@code POST /leads/{form}} and {@code /healthz}) and the local
 * mailbox at {@code /_dev/mail}.
 *
 * <pre>{@code
 * try (Preview preview = Preview.start(PreviewOptions.of(Path.of("."), 8080), System.err::println)) {
 *     preview.join();
 * }
 * }</pre>
 */
public final class Preview implements AutoCloseable {

    private final LeadService leads;
    private final PreviewServer server;
    private final BuildResult firstBuild;

    private Preview(LeadService leads, PreviewServer server, BuildResult firstBuild) {
        this.leads = leads;
        this.server = server;
        this.firstBuild = firstBuild;
    }

    /**
     * Builds, then starts the lead service and the server.
     *
     * @param progress hears the build's progress
     * @param report receives the build's result (warnings, errors, summary) to print
     * @throws be.storysite.core.diagnostic.DiagnosticException when the lead service's configuration is invalid
     */
    public static Preview start(PreviewOptions options, BuildListener progress, Consumer<BuildResult> report)
            throws Exception {
        BuildResult build = new SiteGenerator().build(new BuildOptions(options.source(), options.output(), true, true,
                Optional.empty(), true, true), progress);
        report.accept(build);

        LeadsConfig config = LeadsConfigLoader.load(options.leadsConfig(), options.source(), System.getenv());
        LeadService leads = LeadService.create(config.withHttp(withPreviewOrigins(config.http(), options.port())));
        try {
            leads.start();
            List<Handler> handlers = new ArrayList<>();
            handlers.add(leads.handler());
            maildir(config).ifPresent(dir -> handlers.add(new DevMailHandler(new MaildirReader(dir.directory()))));
            PreviewServer server = new PreviewServer(options.output(), options.port(), handlers);
            server.start();
            return new Preview(leads, server, build);
        } catch (Exception | Error e) {
            leads.close();
            throw e;
        }
    }

    /** The preview's own pages post to it, from localhost or 127.0.0.1: allow both origins beside the configured. */
    private static HttpSettings withPreviewOrigins(HttpSettings http, int port) {
        List<String> origins = new ArrayList<>(http.allowedOrigins());
        for (String host : List.of("localhost", "127.0.0.1")) {
            String origin = "http://" + host + ":" + port;
            if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        return new HttpSettings(origins, http.ratePerSecond(), http.burst(), http.maxBodyBytes(),
                http.minRequestDataRate());
    }

    private static Optional<MaildirSettings> maildir(LeadsConfig config) {
        return config.delivery().mailServer() instanceof MaildirSettings dir ? Optional.of(dir) : Optional.empty();
    }

    public URI uri() {
        return server.uri();
    }

    public BuildResult firstBuild() {
        return firstBuild;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            leads.close();
        }
    }
}
