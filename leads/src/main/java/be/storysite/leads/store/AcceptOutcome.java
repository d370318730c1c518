package be.storysite.leads.store;

import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import java.util.List;

/**
 * What {@link LeadStore#accept} did.
 *
 * <pre>{@code
 * AcceptOutcome outcome = store.accept(draft, key, now);
 * if (outcome instanceof AcceptOutcome.Replayed r) return r.answer();   // the first answer again
 * if (outcome instanceof AcceptOutcome.KeyReused k) return refuse(422); // same key, other request
 * worker.wake();                                                        // Created: answer 303 / 202
 * }</pre>
 */
public sealed interface AcceptOutcome {

    /** The lead and its jobs are committed. */
    record Created(Lead lead, List<DeliveryJob> jobs) implements AcceptOutcome {
    }

    /** The idempotency key was seen before with the same request: nothing created, give this answer again. */
    record Replayed(StoredAnswer answer) implements AcceptOutcome {
    }

    /** The idempotency key was seen before with a different request: nothing created. */
    record KeyReused(String key) implements AcceptOutcome {
    }
}
