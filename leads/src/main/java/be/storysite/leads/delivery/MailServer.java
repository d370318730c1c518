package be.storysite.leads.delivery;

/**
 * Where mail goes: a real SMTP server in production, a local Maildir for local work.
 *
 * <pre>{@code
 * MailServer server = new MaildirSettings(siteDir.resolve("var/mail"));
 * MailTransport transport = MailTransports.open(server);
 * }</pre>
 */
public sealed interface MailServer permits SmtpSettings, MaildirSettings {
}
