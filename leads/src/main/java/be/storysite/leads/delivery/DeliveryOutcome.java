package be.storysite.leads.delivery;

/**
 * What one delivery attempt came to, as the worker needs it to decide what happens next.
 *
 * <pre>{@code
 * DeliveryOutcome outcome = transport.send(message, recipient);
 * if (outcome instanceof DeliveryOutcome.PermanentFailure) { ... re-route to the backup ... }
 * }</pre>
 */
public sealed interface DeliveryOutcome {

    /** The server's (or endpoint's) last reply, kept with the job for operators. */
    String reply();

    /** Accepted, e.g. {@code 250 2.0.0 Ok: queued as 4Y7...}. */
    record Delivered(String reply) implements DeliveryOutcome {
    }

    /** Worth trying again later: connection refused, timeout, a 4xx reply, a 5xx from a webhook. */
    record TemporaryFailure(String reply) implements DeliveryOutcome {
    }

    /** Will never work for this recipient: a 5xx reply to RCPT TO, a 4xx from a webhook. */
    record PermanentFailure(String reply) implements DeliveryOutcome {
    }
}
