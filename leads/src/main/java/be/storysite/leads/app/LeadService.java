package be.storysite.leads.app;

import be.storysite.forms.FormsConfig;
import be.storysite.forms.FormsLoader;
import be.storysite.forms.routing.Manager;
import be.storysite.forms.routing.Router;
import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.delivery.DeliveryPlan;
import be.storysite.leads.delivery.DeliveryWorker;
import be.storysite.leads.delivery.FormsFieldCatalog;
import be.storysite.leads.delivery.ManagerFallback;
import be.storysite.leads.delivery.RouterFallback;
import be.storysite.leads.http.FormAnswerPage;
import be.storysite.leads.http.LeadHttp;
import be.storysite.leads.http.QuietErrorHandler;
import be.storysite.leads.http.RejectionLog;
import be.storysite.leads.http.LeadIntake;
import be.storysite.leads.model.Lead;
import be.storysite.leads.store.Databases;
import be.storysite.leads.store.JdbcDeliveryQueue;
import be.storysite.leads.store.LeaseOwners;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.NewJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The lead service assembled: forms and routing from {@code contact-forms/}, the store, the HTTP handler and (when
 * enabled) the delivery worker. It does not listen by itself: {@link LeadServer} serves {@link #handler()} on its
 * own port, and the preview server mounts the same handler beside the static site.
 *
 * <pre>{@code
 * try (LeadService service = LeadService.create(config)) {
 *     service.start();                       // starts delivering
 *     previewHandlers.addHandler(service.handler());
 * }
 * }</pre>
 */
public final class LeadService implements AutoCloseable {

    private final LeadStore store;
    private final Handler handler;
    private final Optional<DeliveryWorker> worker;
    private final RejectionLog rejections;

    private LeadService(LeadStore store, Handler handler, Optional<DeliveryWorker> worker, RejectionLog rejections) {
        this.store = store;
        this.handler = handler;
        this.worker = worker;
        this.rejections = rejections;
    }

    /**
     * Loads and checks {@code contact-forms/}, opens (and migrates) the database and builds everything.
     *
     * @throws be.storysite.core.diagnostic.DiagnosticException when the forms configuration has errors
     * @throws be.storysite.leads.store.StoreException when the database cannot be opened
     */
    public static LeadService create(LeadsConfig config) {
        Optional<Path> site = config.site();
        site.filter(folder -> !Files.isDirectory(folder)).ifPresent(folder -> {
            throw new IllegalArgumentException("the site folder " + folder + " does not exist: build the site"
                    + " first (./storysite build --output " + folder + ") or correct 'site' in the configuration");
        });
        FormsConfig forms = FormsLoader.load(config.contactForms());
        Router router = new Router(forms.routing());
        LeadStore store = new LeadStore(Databases.open(config.database()));
        try {
            Function<Lead, List<NewJob>> plan = deliveryPlan(config);
            Optional<DeliveryWorker> worker = Optional.empty();
            if (config.deliveryEnabled()) {
                JdbcDeliveryQueue queue = new JdbcDeliveryQueue(store.database(),
                        id -> forms.routing().manager(id).map(Manager::name).orElse(id));
                ManagerFallback fallback = new RouterFallback(router);
                worker = Optional.of(DeliveryWorker.create(queue, config.delivery(), new FormsFieldCatalog(forms),
                        fallback, LeaseOwners.thisProcess()));
            }
            Runnable wake = worker.<Runnable>map(w -> w::wake).orElse(() -> { });
            RejectionLog rejections = RejectionLog.toSlf4j(RejectionLog.DEFAULT_LINES_PER_SECOND, Clock.systemUTC());
            LeadIntake intake = new LeadIntake(forms, router, store, plan, Clock.systemUTC(),
                    wake, rejections, new FormAnswerPage(site));
            Handler handler = LeadHttp.handler(config.http(), intake, store, Clock.systemUTC(), rejections);
            return new LeadService(store, handler, worker, rejections);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The delivery jobs a lead gets under this configuration: at intake, and when an operator releases a lead
     * from quarantine ({@code leads spam release}).
     */
    public static Function<Lead, List<NewJob>> deliveryPlan(LeadsConfig config) {
        DeliveryPlan plan = new DeliveryPlan(config.delivery());
        return lead -> plan.jobsFor(lead).stream().map(job -> new NewJob(job.channel(), job.recipient())).toList();
    }

    /** Starts the delivery worker, if enabled; the handler serves requests without it. */
    public void start() {
        worker.ifPresent(DeliveryWorker::start);
    }

    /** Handles {@code POST /leads/{form}}, {@code OPTIONS /leads/{form}} and {@code GET /healthz}; nothing else. */
    public Handler handler() {
        return handler;
    }

    /**
     * The server's error handler: short generic answers in the visitor's language, no stack traces, one
     * rate-limited log line each (shared with the handler's own rejections).
     */
    public ErrorHandler errorHandler() {
        return new QuietErrorHandler(rejections);
    }

    public LeadStore store() {
        return store;
    }

    /** Stops delivering (jobs in flight finish or their lease runs out), then closes the database. */
    @Override
    public void close() {
        try {
            worker.ifPresent(DeliveryWorker::close);
        } finally {
            store.close();
        }
    }
}
