package be.storysite.leads.store;

import be.storysite.leads.model.Lead;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A lead that still has to be routed, completed inside the store's accepting transaction so that a round-robin
 * turn is taken only when the lead is stored (and not at all on an idempotent replay).
 *
 * <pre>{@code
 * LeadDraft draft = turns -> {
 *     RoutingDecision d = router.route(facts, turns::applyAsLong);
 *     Lead lead = ...;
 *     return new LeadDraft.Complete(lead, List.of(new NewJob(MANAGER_MAIL, d.manager().email())));
 * };
 * }</pre>
 */
@FunctionalInterface
public interface LeadDraft {

    /**
     * A routed lead with the jobs that deliver it, or, when {@code quarantine} names a reason, a lead kept back as
     * suspected spam: stored and routed, but without jobs until it is released.
     */
    record Complete(Lead lead, List<NewJob> jobs, Optional<String> quarantine) {
        public Complete {
            jobs = List.copyOf(jobs);
            if (quarantine.isPresent() && !jobs.isEmpty()) {
                throw new IllegalArgumentException("a quarantined lead gets its delivery jobs only when released");
            }
        }

        public Complete(Lead lead, List<NewJob> jobs) {
            this(lead, jobs, Optional.empty());
        }

        /** A lead held back for {@code reason} (e.g. the time trap); nothing is delivered. */
        public static Complete quarantined(Lead lead, String reason) {
            return new Complete(lead, List.of(), Optional.of(reason));
        }
    }

    /**
     * @param nextTurn the durable round-robin counter in the accepting transaction: {@code nextTurn(pool)} gives
     *                 0, 1, 2, ... per pool
     */
    Complete complete(ToLongFunction<String> nextTurn);
}
