package be.storysite.leads.delivery;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Composes the notification to the routed relationship manager: To exactly the job's recipient, From the
 * configured sender, Reply-To the prospect (only when their address is one valid address), the stable Message-ID
 * {@code <lead-ID.manager@domain>}, and subject, plain text and HTML from the site's {@code templates/mail/
 * notification.*} templates in the lead's language, with every field, the source page, the visit's origin and why
 * this manager got the lead.
 *
 * <pre>{@code
 * NotificationComposer composer = new NotificationComposer(settings, catalog, MailTemplates.load(templatesDir));
 * MimeMessage mail = composer.compose(lead, job);
 * transport.send(mail, composer.recipient(job));
 * }</pre>
 */
public final class NotificationComposer {

    private final InternetAddress sender;
    private final NotificationContent content;
    private final MailTemplates templates;
    private final MailAssembler assembler = new MailAssembler();

    public NotificationComposer(DeliverySettings settings, FieldCatalog catalog, MailTemplates templates) {
        this.sender = Senders.address(settings);
        this.content = new NotificationContent(catalog);
        this.templates = templates;
    }

    /** The job's recipient as an address; an {@link AddressException} means it can never be delivered. */
    public InternetAddress recipient(DeliveryJob job) throws AddressException {
        return HeaderText.singleAddress(job.recipient()).orElseThrow(() -> new AddressException(
                "recipient of job " + job.id() + " is not one valid address", job.recipient()));
    }

    /** @throws MailTemplates.MailTemplateException when a template fails (the job is retried) */
    public MimeMessage compose(Lead lead, DeliveryJob job) throws MessagingException {
        InternetAddress to = named(recipient(job), lead.routing());
        Optional<InternetAddress> replyTo = HeaderText.singleAddress(lead.field("email"))
                .map(address -> withName(address, lead.field("name")));
        MailMessages texts = templates.messages(lead.lang());
        RenderedMail mail = RenderedMail.of(templates, "notification", texts.lang(),
                content.of(lead, to.getAddress(), replyTo.isPresent(), texts));
        MailEnvelope envelope = new MailEnvelope(MessageIds.of(lead.id(), DeliveryChannel.MANAGER_MAIL,
                sender.getAddress()), sender, to, replyTo, mail.subject(), lead.receivedAt(), texts.lang());
        return assembler.assemble(envelope, mail);
    }

    private static InternetAddress named(InternetAddress address, RoutingResult routing) {
        if (routing != null && address.getAddress().equalsIgnoreCase(routing.managerEmail())) {
            return withName(address, routing.managerName());
        }
        return address;
    }

    /** The display name is encoded by Jakarta Mail (RFC 2047), after CR/LF are stripped: it cannot add a header. */
    static InternetAddress withName(InternetAddress address, String name) {
        String personal = HeaderText.singleLine(name, 80);
        if (personal.isEmpty()) {
            return address;
        }
        try {
            return new InternetAddress(address.getAddress(), personal, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
