package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NotificationComposerTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String MANAGER = "an.peeters@vicinia.be";

    private final NotificationComposer composer = new NotificationComposer(
            TestSettings.delivery(new MaildirSettings(java.nio.file.Path.of("unused"))), FieldCatalog.none(), TestSettings.templates());

    private static DeliveryJob job(Lead lead, String recipient) {
        return new DeliveryJob(7, lead.id(), DeliveryChannel.MANAGER_MAIL, recipient, 0, lead.receivedAt(),
                lead.receivedAt(), DeliveryState.PENDING, "");
    }

    private MimeMessage sendThroughGreenMail(Lead lead) throws Exception {
        MimeMessage composed = composer.compose(lead, job(lead, MANAGER));
        DeliveryOutcome outcome = new SmtpTransport(TestSettings.smtp(GREENMAIL.getSmtp().getPort()))
                .send(composed, new InternetAddress(MANAGER));
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(outcome.reply()).startsWith("250");
        assertThat(GREENMAIL.waitForIncomingEmail(5000, 1)).isTrue();
        return GREENMAIL.getReceivedMessages()[0];
    }

    @Test
    void hostileLeadReachesOnlyTheRoutedManagerWithOneSubjectOneReplyToAndEscapedHtml() throws Exception {
        Lead lead = TestLeads.hostile("01HOSTILE", TestLeads.routedTo("an", "An Peeters", MANAGER));
        MimeMessage received = sendThroughGreenMail(lead);

        // exactly one message arrived in the whole server, in the manager's mailbox, addressed to the manager only
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
        assertThat(GREENMAIL.getUserManager().getUserByEmail(MANAGER)).isNotNull();
        assertThat(GREENMAIL.getUserManager().listUser()).extracting(u -> u.getEmail()).containsExactly(MANAGER);
        assertThat(addresses(received.getAllRecipients())).containsExactly(MANAGER);
        assertThat(received.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(received.getHeader("Bcc")).isNull();

        assertThat(received.getHeader("Subject")).hasSize(1);
        assertThat(received.getSubject()).doesNotContain("\r", "\n").contains("ACME").contains("Nieuwe lead");
        // the e-mail field carried "\r\nBcc: ...": not one valid address, so no Reply-To at all
        assertThat(received.getHeader("Reply-To")).isNull();
        assertThat(received.getHeader("From")).hasSize(1);
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(received.getMessageID()).isEqualTo("<lead-01HOSTILE.manager@vicinia.be>");

        String raw = raw(received);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(headers.lines().filter(l -> l.regionMatches(true, 0, "Subject:", 0, 8))).hasSize(1);
        assertThat(headers).doesNotContainIgnoringCase("everyone@evil.example");

        String html = part(received, "text/html");
        assertThat(html).doesNotContain("<script>", "<img", "onerror=alert(1)>", "href=\"javascript");
        assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&quot;&amp;");
        // every field value shows up escaped, including the one the form does not know
        int escapedCopies = html.split("&lt;script&gt;", -1).length - 1;
        assertThat(escapedCopies).isGreaterThanOrEqualTo(lead.fields().size() + 4);
        assertThat(part(received, "text/plain")).contains(TestLeads.HOSTILE);
    }

    @Test
    void ordinaryLeadShowsSourcePageFieldsOriginAndWhyThisManager() throws Exception {
        Lead lead = TestLeads.ordinary("01ORDINARY", TestLeads.routedTo("an", "An Peeters", MANAGER));
        MimeMessage received = sendThroughGreenMail(lead);

        assertThat(received.getSubject()).isEqualTo("Nieuwe lead: Gemeente Lindebeek \u2013 cloud");
        assertThat(received.getReplyTo()).hasSize(1);
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("jan.peeters@lindebeek.be");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(TestSettings.SENDER);
        assertThat(((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("An Peeters");
        assertThat(received.getContentType()).startsWith("multipart/alternative");

        String text = part(received, "text/plain");
        assertThat(text).contains("Lindebeek kiest voor de cloud", "https://www.vicinia.be/verhalen/lindebeek-cloud/",
                "klantverhaal", "lindebeek-cloud", "Organisatie: Gemeente Lindebeek", "Naam: Jan Peeters",
                "    Kan iemand ons bellen?", "utm_source: newsletter", "utm_campaign: najaar",
                "Verwijzende pagina: https://www.google.be/", "Routeringsregel: account-lindebeek",
                "Reden: named account: Gemeente Lindebeek", "Terugvaloplossing gebruikt: nee",
                "Relatiebeheerder: An Peeters", "Toestemming: ja", "2024-05", "Lead-id: 01ORDINARY",
                "29-11-2026 10:15:00 CET");
        String html = part(received, "text/html");
        assertThat(html).contains("<a href=\"https://www.vicinia.be/verhalen/lindebeek-cloud/\">",
                "<a href=\"mailto:jan.peeters@lindebeek.be\">", "Kan iemand ons bellen?");
    }

    @Test
    void labelsAndChoicesComeFromTheFormDefinitionAndItsOrder() throws Exception {
        FieldCatalog catalog = new MapFieldCatalog(List.of("topic", "organisation", "name"),
                Map.of("topic", "Waarover gaat het?", "organisation", "Naam van uw bestuur"),
                Map.of("topic/cloud", "Cloud en hosting"));
        NotificationComposer labelled = new NotificationComposer(
                TestSettings.delivery(new MaildirSettings(java.nio.file.Path.of("unused"))), catalog, TestSettings.templates());
        Lead lead = TestLeads.ordinary("01LABELS", TestLeads.routedTo("an", "An Peeters", MANAGER));

        MimeMessage message = labelled.compose(lead, job(lead, MANAGER));

        assertThat(message.getSubject()).isEqualTo("Nieuwe lead: Gemeente Lindebeek \u2013 Cloud en hosting");
        String text = part(message, "text/plain");
        assertThat(text).contains("Waarover gaat het?: Cloud en hosting", "Naam van uw bestuur: Gemeente Lindebeek");
        assertThat(text.indexOf("Waarover gaat het?")).isLessThan(text.indexOf("Naam van uw bestuur"));
        assertThat(text.indexOf("Naam van uw bestuur")).isLessThan(text.indexOf("Naam: Jan Peeters"));
        assertThat(text.indexOf("Naam: Jan Peeters")).isLessThan(text.indexOf("E-mail:"));
    }

    @Test
    void messageIdIsStablePerLeadAndChannelAndToFollowsTheJob() throws Exception {
        Lead lead = TestLeads.ordinary("01STABLE", TestLeads.routedTo("an", "An Peeters", MANAGER));
        MimeMessage first = composer.compose(lead, job(lead, MANAGER));
        MimeMessage again = composer.compose(lead, job(lead, "bert.janssens@vicinia.be"));

        assertThat(first.getMessageID()).isEqualTo("<lead-01STABLE.manager@vicinia.be>")
                .isEqualTo(again.getMessageID());
        assertThat(addresses(again.getAllRecipients())).containsExactly("bert.janssens@vicinia.be");
        assertThat(raw(first)).contains("Message-ID: <lead-01STABLE.manager@vicinia.be>");
    }

    static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part in " + GreenMailUtil.getWholeMessage(message));
    }

    /** A real catalog over maps, standing in for the forms configuration. */
    record MapFieldCatalog(List<String> order, Map<String, String> labels, Map<String, String> choices)
            implements FieldCatalog {
        @Override
        public List<String> order(String formId) {
            return order;
        }

        @Override
        public Optional<String> label(String formId, String field, String lang) {
            return Optional.ofNullable(labels.get(field));
        }

        @Override
        public Optional<String> choiceLabel(String formId, String field, String value, String lang) {
            return Optional.ofNullable(choices.get(field + "/" + value));
        }
    }
}
