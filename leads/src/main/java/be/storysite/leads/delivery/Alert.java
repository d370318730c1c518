package be.storysite.leads.delivery;

import be.storysite.leads.model.DeliveryChannel;
import java.time.Instant;

/**
 * Something an operator must look at: a lead that could not be delivered.
 *
 * <pre>{@code
 * alerts.alert(new Alert(now, Alert.Kind.DEAD_LETTER, lead.id(), job.id(), job.channel(), job.recipient(),
 *         job.attempts() + 1, "no attempt succeeded within PT48H; last reply: 451 try later"));
 * }</pre>
 *
 * @param at when it was raised
 * @param kind what happened
 * @param leadId the lead concerned
 * @param jobId its delivery job
 * @param channel which delivery failed
 * @param recipient the last address (or URL) tried
 * @param attempts attempts made, including the last one
 * @param reason one line: why, with the last server reply
 */
public record Alert(Instant at, Kind kind, String leadId, long jobId, DeliveryChannel channel, String recipient,
                    int attempts, String reason) {

    public enum Kind {
        /** The job was given up (maximum age, or nobody left to re-route to): the lead needs a human. */
        DEAD_LETTER
    }
}
