package be.storysite.leads.store;

import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import java.util.List;

/**
 * What {@link LeadStore#release} did with a quarantined lead.
 *
 * <pre>{@code
 * Release release = store.release(id, plan, now);
 * if (release instanceof Release.Released r) print("queued " + r.jobs().size() + " job(s)");
 * else if (release instanceof Release.NotQuarantined) print("already released, nothing queued");
 * else fail("no such lead");
 * }</pre>
 */
public sealed interface Release {

    /** The lead left quarantine; its delivery jobs are committed and due now. */
    record Released(Lead lead, List<DeliveryJob> jobs) implements Release {
        public Released {
            jobs = List.copyOf(jobs);
        }
    }

    /** The lead exists but is not (or no longer) in quarantine: nothing was queued, so a second release is harmless. */
    record NotQuarantined(Lead lead) implements Release {
    }

    /** No lead has this id (never stored, purged or forgotten). */
    record NotFound(String id) implements Release {
    }
}
