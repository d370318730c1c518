package be.storysite.leads.delivery;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends over SMTP with Angus Mail: one connection per message, timeouts always set, optional AUTH and required
 * STARTTLS. Returns the server's last reply ({@code 250 2.0.0 Ok: queued as ...}) on success.
 *
 * <pre>{@code
 * MailTransport smtp = new SmtpTransport(SmtpSettings.of("smtp.vicinia.be", 587).withStartTls(true));
 * DeliveryOutcome outcome = smtp.send(message, new InternetAddress("an.peeters@vicinia.be"));
 * }</pre>
 */
public final class SmtpTransport implements MailTransport {

    private final SmtpSettings settings;
    private final Session session;

    public SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    static Properties properties(SmtpSettings settings) {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        props.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        props.setProperty("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        props.setProperty("mail.smtp.writetimeout", Long.toString(settings.writeTimeout().toMillis()));
        props.setProperty("mail.smtp.localhost", settings.heloName());
        // The message is already accepted once DATA got its 250; do not let a slow QUIT reply hold the thread.
        props.setProperty("mail.smtp.quitwait", "false");
        props.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        if (settings.startTls()) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            // Configured STARTTLS is a requirement, never a wish: refuse to send credentials or leads in clear.
            props.setProperty("mail.smtp.starttls.required", "true");
        }
        return props;
    }

    @Override
    public DeliveryOutcome send(MimeMessage message, InternetAddress recipient) {
        SMTPTransport transport;
        try {
            transport = (SMTPTransport) session.getTransport("smtp");
        } catch (MessagingException e) {
            return SmtpFailures.classify(e);
        }
        try {
            if (settings.authenticates()) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            } else {
                transport.connect(settings.host(), settings.port(), null, null);
            }
            transport.sendMessage(message, new Address[] {recipient});
            return new DeliveryOutcome.Delivered(HeaderText.singleLine(transport.getLastServerResponse()));
        } catch (MessagingException e) {
            return SmtpFailures.classify(e);
        } finally {
            closeQuietly(transport);
        }
    }

    /** A failing QUIT must not turn an accepted message into a failure (it would be sent twice). */
    private static void closeQuietly(SMTPTransport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the message (if any) was already accepted or already classified as failed
        }
    }
}
