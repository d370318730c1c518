package be.storysite.leads.delivery;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.Lead;
import java.util.ArrayList;
import java.util.List;

/**
 * Which delivery jobs a new lead gets, so the store can create them in the same transaction as the lead: always
 * the manager notification; the confirmation when it is enabled and the prospect gave one valid address; the CRM
 * webhook when one is configured.
 *
 * <pre>{@code
 * for (DeliveryPlan.Job job : new DeliveryPlan(settings).jobsFor(lead)) {
 *     insertJob(lead.id(), job.channel(), job.recipient());
 * }
 * }</pre>
 */
public final class DeliveryPlan {

    /** One job to create. */
    public record Job(DeliveryChannel channel, String recipient) {
    }

    private final DeliverySettings settings;

    public DeliveryPlan(DeliverySettings settings) {
        this.settings = settings;
    }

    public List<Job> jobsFor(Lead lead) {
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(DeliveryChannel.MANAGER_MAIL, lead.routing().managerEmail()));
        if (settings.confirmation()) {
            HeaderText.singleAddress(lead.field("email"))
                    .ifPresent(address -> jobs.add(new Job(DeliveryChannel.CONFIRMATION_MAIL, address.getAddress())));
        }
        settings.crmWebhook().ifPresent(crm -> jobs.add(new Job(DeliveryChannel.CRM_WEBHOOK, crm.url().toString())));
        return jobs;
    }
}
