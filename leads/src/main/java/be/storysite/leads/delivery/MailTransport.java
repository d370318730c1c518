package be.storysite.leads.delivery;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Hands a composed message to the outside world: an SMTP server ({@link SmtpTransport}) or a local Maildir
 * ({@link MaildirTransport}). Never throws for delivery problems: they are classified into a
 * {@link DeliveryOutcome} so the worker can retry, re-route or give up.
 *
 * <pre>{@code
 * MailTransport mail = MailTransports.open(settings.mailServer());
 * DeliveryOutcome outcome = mail.send(message, new InternetAddress("an.peeters@vicinia.be"));
 * }</pre>
 */
public interface MailTransport {

    /**
     * Sends {@code message} to exactly {@code recipient} (the SMTP envelope recipient, whatever the headers say).
     */
    DeliveryOutcome send(MimeMessage message, InternetAddress recipient);
}
