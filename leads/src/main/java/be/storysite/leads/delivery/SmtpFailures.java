package be.storysite.leads.delivery;

import jakarta.mail.MessagingException;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Classifies what Angus Mail threw into temporary or permanent.
 *
 * <p>Only a 5xx answer to {@code RCPT TO} is permanent: that address will never take the mail, so the worker
 * re-routes it. Everything else (connection refused, timeouts, 4xx anywhere, even a 5xx to {@code MAIL FROM} or
 * {@code DATA}, which is a configuration or relay problem that re-routing would not fix) is temporary: it is
 * retried until the maximum age, and then the dead-letter alert tells an operator.
 *
 * <pre>{@code
 * DeliveryOutcome outcome = SmtpFailures.classify(exception);   // PermanentFailure("550 5.1.1 unknown user")
 * }</pre>
 */
public final class SmtpFailures {

    private SmtpFailures() {
    }

    public static DeliveryOutcome classify(MessagingException failure) {
        SMTPAddressFailedException rejected = recipientRejection(failure);
        if (rejected != null) {
            String reply = HeaderText.singleLine(rejected.getMessage());
            return rejected.getReturnCode() >= 500
                    ? new DeliveryOutcome.PermanentFailure(reply)
                    : new DeliveryOutcome.TemporaryFailure(reply);
        }
        return new DeliveryOutcome.TemporaryFailure(describe(failure));
    }

    /** The first rejection of a recipient in the exception's chain ({@code getNextException} and causes). */
    private static SMTPAddressFailedException recipientRejection(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Throwable current = failure;
        while (current != null && seen.add(current)) {
            if (current instanceof SMTPAddressFailedException rejected) {
                return rejected;
            }
            Throwable next = current instanceof MessagingException me ? me.getNextException() : null;
            current = next != null ? next : current.getCause();
        }
        return null;
    }

    /** The whole chain in one line, e.g. {@code Couldn't connect to host ... <- Connection refused}. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = new HashSet<>();
        Throwable current = failure;
        while (current != null && seen.add(current)) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(current.getClass().getSimpleName()).append(": ").append(current.getMessage());
            Throwable next = current instanceof MessagingException me ? me.getNextException() : null;
            current = next != null ? next : current.getCause();
        }
        return HeaderText.singleLine(text.toString());
    }
}
