package be.storysite.leads.delivery;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Composes the optional confirmation to the prospect, in the page's language. It does not echo their free text:
 * no message, no organisation, no topic, no page title (hidden fields are typed by whoever posts) — only their name,
 * so the form cannot be abused to mail arbitrary text to arbitrary people. Reply-To is the routed manager, so a
 * reply reaches a person.
 *
 * <pre>{@code
 * MimeMessage thanks = new ConfirmationComposer(settings).compose(lead, job);   // To: the prospect
 * }</pre>
 */
public final class ConfirmationComposer {

    /** Enough for any real name; a "name" longer than this is not a name. */
    private static final int MAX_NAME = 60;

    private final InternetAddress sender;
    private final String company;
    private final MailAssembler assembler = new MailAssembler();

    public ConfirmationComposer(DeliverySettings settings) {
        this.sender = Senders.address(settings);
        this.company = settings.senderName().isBlank() ? sender.getAddress() : settings.senderName();
    }

    public MimeMessage compose(Lead lead, DeliveryJob job) throws MessagingException {
        InternetAddress to = HeaderText.singleAddress(job.recipient()).orElseThrow(() -> new AddressException(
                "recipient of confirmation job " + job.id() + " is not one valid address", job.recipient()));
        String lang = Languages.of(lead.lang());
        ConfirmationTexts texts = ConfirmationTexts.of(lang);
        String name = HeaderText.singleLine(lead.field("name"), MAX_NAME);
        Optional<InternetAddress> manager = lead.routing() == null ? Optional.empty()
                : HeaderText.singleAddress(lead.routing().managerEmail())
                        .map(address -> NotificationComposer.withName(address, lead.routing().managerName()));

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(name.isEmpty() ? texts.greetingWithoutName() : String.format(texts.greeting(), name));
        paragraphs.add(String.format(texts.thanks(), company));
        if (lead.routing() != null && lead.routing().managerName() != null
                && !lead.routing().managerName().isBlank()) {
            paragraphs.add(String.format(texts.contact(), lead.routing().managerName()));
        }
        paragraphs.add(texts.footer());
        String subject = String.format(texts.subject(), company);
        MailEnvelope envelope = new MailEnvelope(MessageIds.of(lead.id(), DeliveryChannel.CONFIRMATION_MAIL,
                sender.getAddress()), sender, NotificationComposer.withName(to, name), manager, subject,
                lead.receivedAt(), lang);
        return assembler.assemble(envelope, new MailContent(subject, paragraphs, List.of()));
    }
}
