package be.storysite.leads.delivery;

/**
 * Opens the transport for a configured {@link MailServer}.
 *
 * <pre>{@code
 * MailTransport mail = MailTransports.open(settings.mailServer());
 * }</pre>
 */
public final class MailTransports {

    private MailTransports() {
    }

    public static MailTransport open(MailServer server) {
        if (server instanceof SmtpSettings smtp) {
            return new SmtpTransport(smtp);
        }
        if (server instanceof MaildirSettings maildir) {
            return new MaildirTransport(maildir.directory());
        }
        throw new IllegalArgumentException("unknown mail server kind: " + server);
    }
}
