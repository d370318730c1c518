package be.storysite.leads.http;

import be.storysite.forms.FormDefinition;
import be.storysite.forms.FormValidator;
import be.storysite.forms.FormsConfig;
import be.storysite.forms.ValidationResult;
import be.storysite.forms.routing.LeadFacts;
import be.storysite.forms.routing.RoundRobinCounter;
import be.storysite.forms.routing.RoutingDecision;
import be.storysite.forms.routing.Router;
import be.storysite.leads.model.Consent;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import be.storysite.leads.store.AcceptOutcome;
import be.storysite.leads.store.IdempotencyRecord;
import be.storysite.leads.store.LeadDraft;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.NewJob;
import be.storysite.leads.store.StoreException;
import be.storysite.leads.store.StoredAnswer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one post into a stored lead and the answer for it, independent of Jetty: validation against the form's
 * definition, the honeypot and the time trap, routing, and the one transaction that stores the lead with its
 * delivery jobs (and the idempotency answer). Success is answered only after that commit.
 *
 * <pre>{@code
 * LeadIntake intake = new LeadIntake(forms, new Router(forms.routing()), store, plan, Clock.systemUTC(), worker::wake,
 *         rejections);
 * StoredAnswer answer = intake.submit(submission);   // 303, 202, 400, 422, 404 or 503
 * }</pre>
 */
public final class LeadIntake {

    private static final Logger LOG = LoggerFactory.getLogger(LeadIntake.class);
    private static final int MAX_REFERRER = 2000;

    private final FormsConfig forms;
    private final Router router;
    private final LeadStore store;
    private final Function<Lead, List<NewJob>> deliveryPlan;
    private final Clock clock;
    private final Runnable onStored;
    private final RejectionLog rejections;
    private final FormValidator validator = new FormValidator();

    /**
     * @param deliveryPlan the delivery jobs a new lead gets (stored in the same transaction)
     * @param onStored called after each stored lead, e.g. to wake the delivery worker
     * @param rejections logs each post answered 4xx
     */
    public LeadIntake(FormsConfig forms, Router router, LeadStore store, Function<Lead, List<NewJob>> deliveryPlan,
                      Clock clock, Runnable onStored, RejectionLog rejections) {
        this.forms = forms;
        this.router = router;
        this.store = store;
        this.deliveryPlan = deliveryPlan;
        this.clock = clock;
        this.onStored = onStored;
        this.rejections = rejections;
    }

    public StoredAnswer submit(Submission s) {
        Map<String, List<String>> params = s.body().params();
        PageContext page = PageContext.from(params);
        String lang = page.lang();
        if (!forms.hasForm(s.formId())) {
            rejections.rejected(404, s.formId(), "no such form; the forms are " + forms.forms().keySet(),
                    s.clientAddress());
            return Answers.unknownForm(s.body().json(), lang);
        }
        FormDefinition form = forms.form(s.formId());
        try {
            KnownFields.check(form, params);
        } catch (Rejection e) {
            rejections.rejected(e.status(), form.id(), e.reason(), s.clientAddress());
            return Answers.rejected(s.body().json(), lang, e);
        }
        String leadId = UUID.randomUUID().toString();
        if (isRobot(form, params, page, s)) {
            // Answer exactly like a success so that the robot learns nothing; nothing is stored.
            return Answers.accepted(s, form, lang, leadId);
        }
        ValidationResult result = validator.validate(form, params, lang);
        if (!result.ok()) {
            rejections.rejected(422, form.id(), "invalid " + result.errors().keySet(), s.clientAddress());
            return Answers.invalid(s, form, lang, result.errors());
        }
        LeadFacts facts = new LeadFacts(result.values(), page.sourceKind(), page.sourceSlug(), page.sourceServices());
        Instant now = clock.instant();
        StoredAnswer success = Answers.accepted(s, form, lang, leadId);
        Optional<IdempotencyRecord> idempotency = s.idempotencyKey()
                .map(key -> new IdempotencyRecord(form.id(), key, s.requestHash(), success));
        LeadDraft draft = draft(facts, decision -> lead(leadId, now, form, page, s, result, decision));
        AcceptOutcome outcome;
        try {
            outcome = store.accept(draft, idempotency, now);
        } catch (StoreException e) {
            LOG.error("lead for form '{}' NOT stored, answered 503: {}", form.id(), e.getMessage());
            // Routing without taking a durable turn: only to tell the visitor whom to contact instead.
            RoutingDecision contact = router.route(facts, pool -> 0);
            return Answers.unavailable(s, form, lang, contact.manager());
        }
        if (outcome instanceof AcceptOutcome.Replayed replayed) {
            return replayed.answer();
        }
        if (outcome instanceof AcceptOutcome.KeyReused reused) {
            LOG.info("Idempotency-Key '{}' of form '{}' reused for a different request from {}",
                    PageContext.singleLine(reused.key(), 100), form.id(), s.clientAddress());
            return Answers.keyReused(lang);
        }
        onStored.run();
        return success;
    }

    /**
     * Routes in the request thread when no round-robin turn is needed (the usual case), so that the single writer
     * of the database only inserts; a lead that reaches a round-robin pool is routed inside the accepting
     * transaction, where its turn is taken durably and only if the lead is stored.
     */
    private LeadDraft draft(LeadFacts facts, Function<RoutingDecision, Lead> toLead) {
        TurnProbe probe = new TurnProbe();
        RoutingDecision outside = router.route(facts, probe);
        if (!probe.asked) {
            Lead lead = toLead.apply(outside);
            LeadDraft.Complete complete = new LeadDraft.Complete(lead, deliveryPlan.apply(lead));
            return turns -> complete;
        }
        return turns -> {
            Lead lead = toLead.apply(router.route(facts, turns::applyAsLong));
            return new LeadDraft.Complete(lead, deliveryPlan.apply(lead));
        };
    }

    /** A round-robin counter that only notes whether routing asked for a turn. */
    private static final class TurnProbe implements RoundRobinCounter {
        private boolean asked;

        @Override
        public long next(String poolId) {
            asked = true;
            return 0;
        }
    }

    private boolean isRobot(FormDefinition form, Map<String, List<String>> params, PageContext page, Submission s) {
        if (form.honeypotFilled(params)) {
            LOG.info("dropped a post to form '{}' from {}: the honeypot field was filled", form.id(), s.clientAddress());
            return true;
        }
        long minimum = form.minSecondsToSubmit() * 1000L;
        if (page.elapsedMillis().isPresent() && page.elapsedMillis().get() < minimum) {
            LOG.info("dropped a post to form '{}' from {}: sent {} ms after the page loaded (time trap {} ms)",
                    form.id(), s.clientAddress(), page.elapsedMillis().get(), minimum);
            return true;
        }
        return false;
    }

    private static Lead lead(String id, Instant now, FormDefinition form, PageContext page, Submission s,
                             ValidationResult result, RoutingDecision decision) {
        Map<String, String> fields = new LinkedHashMap<>(result.values());
        boolean consent = fields.remove(FormDefinition.CONSENT_FIELD) != null;
        return new Lead(id, now, form.id(), page.formVersion().isEmpty() ? form.version() : page.formVersion(),
                new SourcePage(page.sourceUrl(), page.sourceTitle(), page.sourceKind(), page.sourceSlug()),
                PageContext.singleLine(s.referrer(), MAX_REFERRER), page.utm(), page.lang(), fields,
                new Consent(consent, form.privacyVersion()),
                new RoutingResult(decision.manager().id(), decision.manager().name(), decision.manager().email(),
                        decision.ruleId(), decision.fallbackUsed(), decision.reason()));
    }
}
