package be.storysite.leads.store;

import be.storysite.leads.model.DeliveryChannel;

/**
 * A delivery job to create together with its lead, e.g. {@code new NewJob(MANAGER_MAIL, "an@vicinia.be")}.
 *
 * @param channel what the job does
 * @param recipient the e-mail address or webhook URL it goes to
 */
public record NewJob(DeliveryChannel channel, String recipient) {
}
