package be.storysite.preview;

import be.storysite.generator.BuildResult;
import be.storysite.generator.incremental.IncrementalBuild;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.leads.app.LeadService;
import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.config.LeadsConfigLoader;
import be.storysite.leads.delivery.MaildirReader;
import be.storysite.leads.delivery.MaildirSettings;
import be.storysite.leads.http.HttpSettings;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Handler;

/**
 * A running preview: the site built with drafts, future and unapproved content (each with a banner), served on
 * one port together with the lead service (its {@code POST /leads/{form}} and {@code /healthz}) and the local
 * mailbox at {@code /_dev/mail}. It watches the site folder, rebuilds on every save and reloads the open tabs
 * ({@code /_dev/events}); while a build fails, pages show its errors.
 *
 * <pre>{@code
 * try (Preview preview = Preview.start(PreviewOptions.of(Path.of("."), 8080), listener, System.err::println)) {
 *     preview.join();
 * }
 * }</pre>
 */
public final class Preview implements AutoCloseable {

    /**
     * How long the site folder must be quiet before a burst of saves is rebuilt (editors write in bursts). One
     * save's events (truncate and write, or write a temporary file and rename it) come within a millisecond or two
     * of each other; a slower writer at worst causes a second rebuild, as an event during a rebuild is reported
     * after it, so the last rebuild always sees the final files. Every millisecond here is one the writer waits
     * for the reload.
     */
    static final Duration QUIET = Duration.ofMillis(10);
    /** Updates run with nothing changed after the first build ({@link UpdateWarmUp}); measured, see docs/preview.md. */
    static final int WARM_UPS = 2;

    private final LeadServiceSlot leads;
    private final PreviewServer server;
    private final SiteWatcher watcher;
    private final LastBuild last;
    private final BuildResult firstBuild;
    /** The warm-up updates' thread; null when the first build failed. */
    private final Thread warmUp;

    private Preview(LeadServiceSlot leads, PreviewServer server, SiteWatcher watcher, LastBuild last,
                    BuildResult firstBuild, Thread warmUp) {
        this.leads = leads;
        this.server = server;
        this.watcher = watcher;
        this.last = last;
        this.firstBuild = firstBuild;
        this.warmUp = warmUp;
    }

    /**
     * Builds, then starts the lead service, the server and the watcher.
     *
     * @param progress hears each build's progress
     * @param report receives each build's result (warnings, errors, summary) to print: the first and every rebuild
     * @throws be.storysite.core.diagnostic.DiagnosticException when the lead service's configuration or the forms
     *     are invalid at start
     */
    public static Preview start(PreviewOptions options, BuildListener progress, Consumer<BuildResult> report)
            throws Exception {
        IncrementalBuild build = new IncrementalBuild(new BuildOptions(options.source(), options.output(), true, true,
                Optional.empty(), true, true));
        SiteRebuild rebuild = new IncrementalRebuild(build, progress);
        BuildResult first = rebuild.rebuild(SiteChange.unknown());
        report.accept(first);

        LeadsConfig loaded = LeadsConfigLoader.load(options.leadsConfig(), options.source(), System.getenv());
        ReloadEvents events = new ReloadEvents();
        ReloadScript script = new ReloadScript(events::currentBuild);
        LastBuild last = new LastBuild(first);
        LeadServiceSlot leads = new LeadServiceSlot();
        List<Handler> handlers = new ArrayList<>();
        handlers.add(events);
        handlers.add(leads.handler());
        maildir(loaded).ifPresent(dir ->
                handlers.add(new DevMailHandler(new MaildirReader(dir.directory()), options.source())));
        handlers.add(new BuildErrorHandler(last, new BuildErrorPage(options.source()), script));
        Files.createDirectories(options.output()); // served even when the first build failed
        PreviewServer server = new PreviewServer(options.output(), options.port(), handlers, script::inject);
        SiteWatcher watcher = null;
        try {
            // the port is known once bound (0 picks a free one): the lead service accepts posts from its pages
            // the answers to a plain post that cannot be accepted are framed by the preview's own pages
            LeadsConfig config = loaded.withHttp(withPreviewOrigins(loaded.http(), server.open()))
                    .withSite(options.output());
            leads.replace(LeadService.create(config));
            server.start();
            watcher = new SiteWatcher(options.source(), SiteWatcher.SITE_FOLDERS, SiteWatcher.SITE_FILES, QUIET,
                    new LiveRebuilder(options.source(), rebuild,
                            () -> leads.replace(LeadService.create(config)), last, events, report));
            watcher.start();
            // the update path compiled before the first save, while the writer opens the page
            Thread warmUp = first.ok() ? new UpdateWarmUp(build, WARM_UPS).start() : null;
            return new Preview(leads, server, watcher, last, first, warmUp);
        } catch (Exception | Error e) {
            if (watcher != null) {
                watcher.close();
            }
            server.close();
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
        return http.withAllowedOrigins(origins);
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

    /** The latest build's result (the first, or the last rebuild's). */
    public BuildResult lastBuild() {
        return last.get();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            if (warmUp != null) {
                // a closed preview stops its build, as it does a rebuild, and writes nothing after close
                warmUp.interrupt();
                warmUp.join(10_000);
            }
            watcher.close();
            server.close();
        } finally {
            leads.close();
        }
    }
}
