package be.storysite.leads.delivery;

import be.storysite.forms.routing.RoutingReason;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A real, in-memory {@link DeliveryQueue} with the store's semantics (due time, leases that expire, only the
 * leaseholder may finish a job, every finish counts an attempt, re-routing rewrites the lead's routing), so the
 * worker can be tested without a database. Finishing a job that is not leased is an error, as it would be a bug
 * in the worker.
 */
final class InMemoryDeliveryQueue implements DeliveryQueue {

    private record Lease(String workerId, Instant until) {
    }

    private final Map<Long, DeliveryJob> jobs = new TreeMap<>();
    private final Map<String, Lead> leads = new HashMap<>();
    private final Map<Long, Lease> leases = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private final Function<String, String> managerNames;
    private long nextId = 1;

    /** @param managerNames a manager's display name by id, as the store looks it up in the routing configuration */
    InMemoryDeliveryQueue(Function<String, String> managerNames) {
        this.managerNames = managerNames;
    }

    synchronized long add(Lead lead, DeliveryChannel channel, String recipient) {
        return add(lead, channel, recipient, lead.receivedAt());
    }

    synchronized long add(Lead lead, DeliveryChannel channel, String recipient, Instant createdAt) {
        long id = nextId++;
        leads.put(lead.id(), lead);
        jobs.put(id, new DeliveryJob(id, lead.id(), channel, recipient, 0, createdAt, createdAt,
                DeliveryState.PENDING, ""));
        return id;
    }

    synchronized DeliveryJob job(long id) {
        return jobs.get(id);
    }

    synchronized Lead lead(String id) {
        return leads.get(id);
    }

    synchronized List<DeliveryJob> jobs() {
        return List.copyOf(jobs.values());
    }

    synchronized List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public synchronized List<Claimed> claim(String workerId, int max, Duration lease, Instant now) {
        List<Claimed> claimed = new ArrayList<>();
        for (DeliveryJob job : jobs.values()) {
            if (claimed.size() == max) {
                break;
            }
            Lease current = leases.get(job.id());
            boolean free = current == null || !current.until().isAfter(now);
            if (job.state() == DeliveryState.PENDING && !job.nextAttemptAt().isAfter(now) && free) {
                leases.put(job.id(), new Lease(workerId, now.plus(lease)));
                claimed.add(new Claimed(job, leads.get(job.leadId())));
            }
        }
        return claimed;
    }

    @Override
    public synchronized void delivered(long jobId, String reply, Instant at) {
        DeliveryJob job = release(jobId, "delivered " + reply);
        jobs.put(jobId, new DeliveryJob(jobId, job.leadId(), job.channel(), job.recipient(), job.attempts() + 1,
                job.createdAt(), job.nextAttemptAt(), DeliveryState.DELIVERED, reply));
    }

    @Override
    public synchronized void retryLater(long jobId, String reply, Instant nextAttemptAt) {
        DeliveryJob job = release(jobId, "retry " + reply);
        jobs.put(jobId, new DeliveryJob(jobId, job.leadId(), job.channel(), job.recipient(), job.attempts() + 1,
                job.createdAt(), nextAttemptAt, DeliveryState.PENDING, reply));
    }

    @Override
    public synchronized void reroute(long jobId, String reply, String newManagerId, String newRecipient,
                                     String reason, RoutingReason why, Instant at) {
        DeliveryJob job = release(jobId, "reroute " + newManagerId + " " + reply);
        jobs.put(jobId, new DeliveryJob(jobId, job.leadId(), job.channel(), newRecipient, job.attempts() + 1,
                job.createdAt(), at, DeliveryState.PENDING, reply));
        Lead lead = leads.get(job.leadId());
        RoutingResult old = lead.routing();
        leads.put(lead.id(), new Lead(lead.id(), lead.receivedAt(), lead.formId(), lead.formVersion(),
                lead.source(), lead.referrer(), lead.utm(), lead.lang(), lead.fields(), lead.consent(),
                new RoutingResult(newManagerId, managerNames.apply(newManagerId), newRecipient, old.ruleId(), true, reason, why)));
    }

    @Override
    public synchronized void dead(long jobId, String reason, Instant at) {
        DeliveryJob job = release(jobId, "dead " + reason);
        jobs.put(jobId, new DeliveryJob(jobId, job.leadId(), job.channel(), job.recipient(), job.attempts() + 1,
                job.createdAt(), job.nextAttemptAt(), DeliveryState.DEAD, reason));
    }

    private DeliveryJob release(long jobId, String event) {
        if (leases.remove(jobId) == null) {
            throw new IllegalStateException("job " + jobId + " finished without a lease: " + event);
        }
        log.add(jobId + " " + event);
        return jobs.get(jobId);
    }
}
