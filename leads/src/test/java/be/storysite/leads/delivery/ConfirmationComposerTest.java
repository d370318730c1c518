package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfirmationComposerTest {

    private final ConfirmationComposer composer = new ConfirmationComposer(
            TestSettings.delivery(new MaildirSettings(Path.of("unused"))).withConfirmation(true), TestSettings.templates());

    private static Lead inLanguage(Lead lead, String lang) {
        Map<String, String> fields = new HashMap<>(lead.fields());
        fields.put("message", "SECRET-FREE-TEXT please visit spam.example");
        fields.put("organisation", "ORG-TYPED-TEXT");
        return new Lead(lead.id(), lead.receivedAt(), lead.formId(), lead.formVersion(), lead.source(),
                lead.referrer(), lead.utm(), lang, fields, lead.consent(), lead.routing());
    }

    private static DeliveryJob job(Lead lead, String recipient) {
        return new DeliveryJob(9, lead.id(), DeliveryChannel.CONFIRMATION_MAIL, recipient, 0, lead.receivedAt(),
                lead.receivedAt(), DeliveryState.PENDING, "");
    }

    @Test
    void confirmsInThePagesLanguageWithoutEchoingWhatTheProspectTyped() throws Exception {
        Lead lead = inLanguage(TestLeads.ordinary("01CONF", TestLeads.routedTo("an", "An Peeters",
                "an.peeters@vicinia.be")), "fr");

        MimeMessage message = composer.compose(lead, job(lead, "jan.peeters@lindebeek.be"));

        assertThat(message.getSubject()).isEqualTo("Merci pour votre message à Vicinia");
        assertThat(NotificationComposerTest.addresses(message.getAllRecipients()))
                .containsExactly("jan.peeters@lindebeek.be");
        assertThat(message.getReplyTo()).hasSize(1);
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("an.peeters@vicinia.be");
        assertThat(message.getMessageID()).isEqualTo("<lead-01CONF.confirmation@vicinia.be>");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getHeader("Content-Language")).containsExactly("fr");
        String text = NotificationComposerTest.part(message, "text/plain");
        assertThat(text).contains("Bonjour Jan Peeters,", "An Peeters, votre personne de contact");
        String raw = NotificationComposerTest.raw(message);
        assertThat(raw).doesNotContain("SECRET-FREE-TEXT", "spam.example", "ORG-TYPED-TEXT", "cloud",
                "Lindebeek kiest", "+32 11", "newsletter");
    }

    @Test
    void unknownLanguageFallsBackToDutchAndInvalidRecipientIsRefused() throws Exception {
        Lead lead = inLanguage(TestLeads.ordinary("01NL", TestLeads.routedTo("an", "An Peeters",
                "an.peeters@vicinia.be")), "de");
        assertThat(composer.compose(lead, job(lead, "jan.peeters@lindebeek.be")).getSubject())
                .isEqualTo("Bedankt voor je bericht aan Vicinia");
        assertThatThrownBy(() -> composer.compose(lead, job(lead, "a@b.be, c@d.be")))
                .isInstanceOf(AddressException.class);
    }
}
