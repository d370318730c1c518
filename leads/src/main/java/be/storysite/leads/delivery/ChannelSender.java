package be.storysite.leads.delivery;

import be.storysite.leads.delivery.DeliveryQueue.Claimed;

/** Makes one attempt at one channel of a claimed job: compose if needed, send, classify. Never throws. */
@FunctionalInterface
interface ChannelSender {

    DeliveryOutcome attempt(Claimed claimed);
}
