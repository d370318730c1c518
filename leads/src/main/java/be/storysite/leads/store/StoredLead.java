package be.storysite.leads.store;

import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import java.util.List;

/**
 * A lead as listed and exported: the lead with its delivery jobs (attempts, state, last reply).
 *
 * <pre>{@code
 * StoredLead s = store.find(id).orElseThrow();
 * s.jobs().get(0).lastReply();   // "250 2.0.0 Ok"
 * }</pre>
 *
 * @param lead the lead
 * @param jobs its delivery jobs, oldest first
 */
public record StoredLead(Lead lead, List<DeliveryJob> jobs) {

    public StoredLead {
        jobs = List.copyOf(jobs);
    }
}
