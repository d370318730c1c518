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
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * definition, the honeypot and the time trap (a suspected robot's valid post is stored in quarantine, not
 * delivered, and answered like any other), routing, and the one transaction that stores the lead with its
 * delivery jobs (and the idempotency answer). Success is answered only after that commit.
 *
 * <pre>{@code
 * LeadIntake intake = new LeadIntake(forms, new Router(forms.routing()), store, plan, Clock.systemUTC(), worker::wake,
 *         rejections, new FormAnswerPage(Optional.of(Path.of("target/site"))));
 * StoredAnswer answer = intake.submit(submission);   // 303, 202, 400, 422, 404 or 503
 * }</pre>
 */
public final class LeadIntake {

    private static final Logger LOG = LoggerFactory.getLogger(LeadIntake.class);
    private static final int MAX_REFERRER = 2000;
    private static final String HONEYPOT = "honeypot";

    private final FormsConfig forms;
    private final Router router;
    private final LeadStore store;
    private final Function<Lead, List<NewJob>> deliveryPlan;
    private final Clock clock;
    private final Runnable onStored;
    private final RejectionLog rejections;
    private final FormValidator validator = new FormValidator();
    private final FormAnswerPage pages;

    /**
     * @param deliveryPlan the delivery jobs a new lead gets (stored in the same transaction)
     * @param onStored called after each stored lead, e.g. to wake the delivery worker
     * @param rejections logs each post answered 4xx
     * @param pages the pages answering a plain post that cannot be accepted (422, 503)
     */
    public LeadIntake(FormsConfig forms, Router router, LeadStore store, Function<Lead, List<NewJob>> deliveryPlan,
                      Clock clock, Runnable onStored, RejectionLog rejections, FormAnswerPage pages) {
        this.pages = pages;
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
        Optional<String> suspicion = suspicion(form, params, page);
        ValidationResult result = validator.validate(form, params, lang);
        if (!result.ok()) {
            // A filled honeypot is a robot: it gets the thank-you and learns nothing, and its data is not a lead.
            // A fast but invalid post gets the form back like any other, so the time trap gives nothing away.
            if (suspicion.filter(reason -> reason.startsWith(HONEYPOT)).isPresent()) {
                LOG.info("dropped an invalid post to form '{}' from {}: {}", form.id(), s.clientAddress(),
                        suspicion.get());
                return Answers.accepted(s, form, lang, leadId);
            }
            rejections.rejected(422, form.id(), "invalid " + result.errors().keySet(), s.clientAddress());
            return Answers.invalid(s, form, lang, result.errors(), pages);
        }
        LeadFacts facts = new LeadFacts(result.values(), page.sourceKind(), page.sourceSlug(), page.sourceServices());
        Instant now = clock.instant();
        StoredAnswer success = Answers.accepted(s, form, lang, leadId);
        String key = s.idempotencyKey().orElseGet(() -> sameBodyKey(now, s.requestHash()));
        Optional<IdempotencyRecord> idempotency = Optional.of(new IdempotencyRecord(form.id(), key, s.requestHash(),
                success));
        LeadDraft draft = draft(facts, suspicion, decision -> lead(leadId, now, form, page, s, result, decision));
        AcceptOutcome outcome;
        try {
            outcome = store.accept(draft, idempotency, now);
        } catch (StoreException e) {
            LOG.error("lead for form '{}' NOT stored, answered 503: {}", form.id(), e.getMessage());
            // Routing without taking a durable turn: only to tell the visitor whom to contact instead.
            RoutingDecision contact = router.route(facts, pool -> 0);
            return Answers.unavailable(s, form, lang, contact.manager(), pages);
        }
        if (suspicion.isPresent() && outcome instanceof AcceptOutcome.Created) {
            // Answered exactly like a success (the client cannot tell), kept for an operator to review.
            LOG.info("quarantined lead {} of form '{}' from {}: {}", leadId, form.id(), s.clientAddress(),
                    suspicion.get());
            return success;
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
     * The key of a post that came without one. A browser without JavaScript sends no {@code Idempotency-Key}, and a
     * double click, or "send again" after the back button, posts the very same bytes a second time: the same form,
     * body and day is the same lead, so the second post gets the first one's answer and creates nothing. Two
     * prospects never send the same bytes (their names and addresses are in them); a prospect who sends the same
     * text again on another day is a new lead. {@code "same-body 2026-12-03 9f86d0..."}
     */
    private static String sameBodyKey(Instant now, String requestHash) {
        return "same-body " + LocalDate.ofInstant(now, ZoneOffset.UTC) + " " + requestHash;
    }

    /**
     * Routes in the request thread when no round-robin turn is needed (the usual case), so that the single writer
     * of the database only inserts; a lead that reaches a round-robin pool is routed inside the accepting
     * transaction, where its turn is taken durably and only if the lead is stored.
     */
    private LeadDraft draft(LeadFacts facts, Optional<String> quarantine, Function<RoutingDecision, Lead> toLead) {
        TurnProbe probe = new TurnProbe();
        RoutingDecision outside = router.route(facts, probe);
        if (!probe.asked) {
            LeadDraft.Complete complete = complete(toLead.apply(outside), quarantine);
            return turns -> complete;
        }
        return turns -> complete(toLead.apply(router.route(facts, turns::applyAsLong)), quarantine);
    }

    /** A quarantined lead is routed like any other (so a release needs no routing), but gets no jobs yet. */
    private LeadDraft.Complete complete(Lead lead, Optional<String> quarantine) {
        return quarantine.map(reason -> LeadDraft.Complete.quarantined(lead, reason))
                .orElseGet(() -> new LeadDraft.Complete(lead, deliveryPlan.apply(lead)));
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

    /**
     * Why this post looks automated, if it does: the honeypot field was filled, or it was sent sooner after the
     * page loaded than a person can fill in the form (browser autofill can do that, so it is kept, not dropped).
     */
    private static Optional<String> suspicion(FormDefinition form, Map<String, List<String>> params,
                                              PageContext page) {
        if (form.honeypotFilled(params)) {
            return Optional.of(HONEYPOT + ": the hidden field meant for robots was filled");
        }
        long minimum = form.minSecondsToSubmit() * 1000L;
        if (page.elapsedMillis().isPresent() && page.elapsedMillis().get() < minimum) {
            return Optional.of("time trap: sent " + page.elapsedMillis().get() + " ms after the page loaded "
                    + "(minimum " + minimum + " ms)");
        }
        return Optional.empty();
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
                        decision.ruleId(), decision.fallbackUsed(), decision.reason(), decision.why()));
    }
}
