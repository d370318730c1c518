package be.storysite.leads.delivery;

import be.storysite.leads.delivery.DeliveryQueue.Claimed;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.RoutingResult;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Takes one claimed job through one attempt and records what comes of it in the queue:
 * <ul>
 * <li>delivered → {@link DeliveryQueue#delivered};</li>
 * <li>temporary failure → {@link DeliveryQueue#retryLater} at the {@link RetryPolicy}'s next time, or, once the
 * job is older than the maximum age, {@link DeliveryQueue#dead} plus an {@link Alert};</li>
 * <li>permanent failure of the manager's address → {@link DeliveryQueue#reroute} to the backup, then the default
 * owner ({@link ManagerFallback}); with nobody left, dead plus alert. A permanent failure of the confirmation or
 * the CRM webhook is dead plus alert at once (there is nobody to re-route to).</li>
 * </ul>
 *
 * <pre>{@code
 * JobProcessor processor = JobProcessor.create(queue, settings, catalog, fallback, alerts, Clock.systemUTC());
 * queue.claim("worker-1", 10, Duration.ofMinutes(5), now).forEach(processor::process);
 * }</pre>
 */
public final class JobProcessor {

    private final DeliveryQueue queue;
    private final Map<DeliveryChannel, ChannelSender> senders;
    private final ManagerFallback fallback;
    private final RetryPolicy retry;
    private final AlertSink alerts;
    private final Clock clock;
    /** Where each retry falls in the jitter band, in [0, 1); called from several sender threads at once. */
    private final DoubleSupplier jitter;
    /**
     * Managers already tried per re-routed job, so a backup cycle (A's backup is B, B's backup is A) ends at the
     * default owner instead of ping-ponging. In memory only: after a restart the maximum age still bounds a cycle.
     */
    private final Map<Long, Set<String>> triedByJob = new ConcurrentHashMap<>();

    JobProcessor(DeliveryQueue queue, Map<DeliveryChannel, ChannelSender> senders, ManagerFallback fallback,
                 RetryPolicy retry, AlertSink alerts, Clock clock, DoubleSupplier jitter) {
        this.queue = queue;
        this.senders = Map.copyOf(senders);
        this.fallback = fallback;
        this.retry = retry;
        this.alerts = alerts;
        this.clock = clock;
        this.jitter = jitter;
    }

    /**
     * A processor sending mail with {@code mail} and, when configured, the CRM webhook. The mail templates of
     * {@code settings.templates()} are loaded and rendered once with sample leads first.
     *
     * @throws be.storysite.core.diagnostic.DiagnosticException when a mail template is missing or broken
     */
    public static JobProcessor create(DeliveryQueue queue, DeliverySettings settings, FieldCatalog catalog,
                                      MailTransport mail, ManagerFallback fallback, AlertSink alerts, Clock clock) {
        MailTemplates templates = MailTemplates.load(settings.templates());
        NotificationComposer notification = new NotificationComposer(settings, catalog, templates);
        ConfirmationComposer confirmation = new ConfirmationComposer(settings, templates);
        MailTemplateCheck.run(templates, notification, confirmation);
        Map<DeliveryChannel, ChannelSender> senders = ChannelSenders.of(notification, confirmation, mail,
                settings.crmWebhook().map(webhook -> new WebhookTransport(webhook, clock)));
        return new JobProcessor(queue, senders, fallback, settings.retry(), alerts, clock,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public void process(Claimed claimed) {
        DeliveryJob job = claimed.job();
        DeliveryOutcome outcome = senders.get(job.channel()).attempt(claimed);
        Instant now = clock.instant();
        if (outcome instanceof DeliveryOutcome.Delivered) {
            triedByJob.remove(job.id());
            queue.delivered(job.id(), outcome.reply(), now);
        } else if (outcome instanceof DeliveryOutcome.TemporaryFailure) {
            if (retry.expired(job.createdAt(), now)) {
                deadLetter(claimed, "no attempt succeeded within " + retry.maxAge() + "; last reply: "
                        + outcome.reply(), now);
            } else {
                queue.retryLater(job.id(), outcome.reply(),
                        retry.nextAttempt(job.createdAt(), job.attempts() + 1, now, jitter.getAsDouble()));
            }
        } else if (job.channel() == DeliveryChannel.MANAGER_MAIL) {
            reroute(claimed, outcome.reply(), now);
        } else {
            deadLetter(claimed, "permanent failure: " + outcome.reply(), now);
        }
    }

    private void reroute(Claimed claimed, String reply, Instant now) {
        DeliveryJob job = claimed.job();
        String failedId = claimed.lead().routing() != null ? claimed.lead().routing().managerId() : job.recipient();
        Set<String> tried = triedByJob.computeIfAbsent(job.id(), id -> ConcurrentHashMap.newKeySet());
        tried.add(failedId);
        Optional<ManagerFallback.Manager> next = fallback.after(failedId, Set.copyOf(tried))
                .filter(manager -> !tried.contains(manager.id()));
        if (next.isEmpty()) {
            deadLetter(claimed, "permanent failure for " + job.recipient()
                    + " and no backup or default owner left to re-route to: " + reply, now);
            return;
        }
        ManagerFallback.Manager manager = next.get();
        tried.add(manager.id());
        RoutingResult routing = claimed.lead().routing();
        String refused = routing == null ? job.recipient() : routing.managerName();
        // The sentence is for logs and exports (English, like the router's); the mail says `why` in its language.
        queue.reroute(job.id(), reply, manager.id(), manager.email(), "re-routed to " + manager.name() + " because "
                + job.recipient() + " refused the mail permanently (" + reply + ")", routing == null
                || routing.why() == null ? null : routing.why().refusedThen(refused, manager.name()), now);
    }

    private void deadLetter(Claimed claimed, String reason, Instant now) {
        DeliveryJob job = claimed.job();
        triedByJob.remove(job.id());
        queue.dead(job.id(), reason, now);
        alerts.alert(new Alert(now, Alert.Kind.DEAD_LETTER, claimed.lead().id(), job.id(), job.channel(),
                job.recipient(), job.attempts() + 1, reason));
    }
}
