package be.storysite.leads.delivery;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Optional;

/**
 * Composes the optional confirmation to the prospect, in the page's language, from the site's
 * {@code templates/mail/confirmation.*} templates. The model carries only the prospect's name (at most 60
 * characters), the company and the routed manager's name: no message, no organisation, no topic, no page title
 * (hidden fields are typed by whoever posts), so the form cannot be abused to mail arbitrary text to arbitrary
 * people. Reply-To is the routed manager, so a reply reaches a person.
 *
 * <pre>{@code
 * MimeMessage thanks = new ConfirmationComposer(settings, templates).compose(lead, job);   // To: the prospect
 * }</pre>
 */
public final class ConfirmationComposer {

    /** Enough for any real name; a "name" longer than this is not a name. */
    private static final int MAX_NAME = 60;

    private final InternetAddress sender;
    private final String company;
    private final MailTemplates templates;
    private final MailAssembler assembler = new MailAssembler();

    public ConfirmationComposer(DeliverySettings settings, MailTemplates templates) {
        this.sender = Senders.address(settings);
        this.company = settings.senderName().isBlank() ? sender.getAddress() : settings.senderName();
        this.templates = templates;
    }

    /** @throws MailTemplates.MailTemplateException when a template fails (the job is retried) */
    public MimeMessage compose(Lead lead, DeliveryJob job) throws MessagingException {
        InternetAddress to = HeaderText.singleAddress(job.recipient()).orElseThrow(() -> new AddressException(
                "recipient of confirmation job " + job.id() + " is not one valid address", job.recipient()));
        String lang = Languages.of(lead.lang());
        String name = HeaderText.singleLine(lead.field("name"), MAX_NAME);
        Optional<InternetAddress> manager = lead.routing() == null ? Optional.empty()
                : HeaderText.singleAddress(lead.routing().managerEmail())
                        .map(address -> NotificationComposer.withName(address, lead.routing().managerName()));
        String managerName = lead.routing() == null ? ""
                : HeaderText.singleLine(lead.routing().managerName(), MAX_NAME);
        RenderedMail mail = RenderedMail.of(templates, "confirmation", lang,
                Map.of("name", name, "company", company, "managerName", managerName));
        MailEnvelope envelope = new MailEnvelope(MessageIds.of(lead.id(), DeliveryChannel.CONFIRMATION_MAIL,
                sender.getAddress()), sender, NotificationComposer.withName(to, name), manager, mail.subject(),
                lead.receivedAt(), lang);
        return assembler.assemble(envelope, mail);
    }
}
