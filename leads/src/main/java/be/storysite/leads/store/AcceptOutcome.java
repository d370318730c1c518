package be.storysite.leads.store;

import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import java.util.List;

/** What {@link LeadStore#accept} did. */
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
