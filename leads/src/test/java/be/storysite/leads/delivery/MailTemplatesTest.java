package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.html.HtmlText;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.forms.routing.RoutingReason;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mails come from the example site's {@code templates/mail/}: the texts asserted here are read from its message
 * files, so the test checks that the mail says what the file says, in the lead's language.
 */
class MailTemplatesTest {

    private static final String MANAGER = "an.peeters@vicinia.be";

    @TempDir
    Path temp;

    private static Properties texts(Path templates, String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(templates.resolve("mail/messages_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Lead inLanguage(Lead lead, String lang) {
        return new Lead(lead.id(), lead.receivedAt(), lead.formId(), lead.formVersion(), lead.source(),
                lead.referrer(), lead.utm(), lang, lead.fields(), lead.consent(), lead.routing());
    }

    /** The ordinary lead, routed to An Peeters, from a page in {@code lang}. */
    private static Lead routedLead(String id, String lang) {
        return inLanguage(TestLeads.ordinary(id + lang, TestLeads.routedTo("an", "An Peeters", MANAGER)), lang);
    }

    private static DeliveryJob job(Lead lead, DeliveryChannel channel, String recipient) {
        return new DeliveryJob(3, lead.id(), channel, recipient, 0, lead.receivedAt(), lead.receivedAt(),
                DeliveryState.PENDING, "");
    }

    private static MimeMessage notification(MailTemplates templates, Lead lead) throws Exception {
        return new NotificationComposer(TestSettings.delivery(new MaildirSettings(Path.of("unused"))),
                FieldCatalog.none(), templates).compose(lead, job(lead, DeliveryChannel.MANAGER_MAIL, MANAGER));
    }

    private static MimeMessage confirmation(MailTemplates templates, Lead lead) throws Exception {
        return new ConfirmationComposer(TestSettings.delivery(new MaildirSettings(Path.of("unused"))), templates)
                .compose(lead, job(lead, DeliveryChannel.CONFIRMATION_MAIL, "jan.peeters@lindebeek.be"));
    }

    /** A copy of the example site's templates folder, to change. */
    private Path copyOfTemplates() throws IOException {
        Path copy = temp.resolve("templates");
        Files.createDirectories(copy.resolve("mail"));
        try (Stream<Path> files = Files.list(TestSettings.SITE_TEMPLATES.resolve("mail"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve("mail").resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void notificationSpeaksTheLeadsLanguageWithTheMessageFilesTexts(String lang) throws Exception {
        Properties texts = texts(TestSettings.SITE_TEMPLATES, lang);
        MimeMessage mail = notification(TestSettings.templates(), routedLead("01LANG", lang));

        assertThat(mail.getSubject()).isEqualTo(texts.getProperty("notification.subject_about")
                .replace("{0}", texts.getProperty("notification.subject"))
                .replace("{1}", "Gemeente Lindebeek \u2013 cloud"));
        assertThat(mail.getHeader("Content-Language")).containsExactly(lang);
        String text = NotificationComposerTest.part(mail, "text/plain");
        assertThat(text).contains(texts.getProperty("notification.title"),
                texts.getProperty("section.fields"), texts.getProperty("section.routing"),
                texts.getProperty("field.organisation") + ": Gemeente Lindebeek",
                texts.getProperty("source.kind") + ": " + texts.getProperty("source.kind.story"),
                texts.getProperty("routing.fallback") + ": " + texts.getProperty("routing.fallback_no"),
                texts.getProperty("notification.intro").replace("{0}", "Jan Peeters (Gemeente Lindebeek)")
                        .replace("{1}", "\u201CLindebeek kiest voor de cloud\u201D")
                        .replace("{2}", "29-11-2026 10:15:00 CET"));
        String html = NotificationComposerTest.part(mail, "text/html");
        assertThat(html).contains("<html lang=\"" + lang + "\">",
                HtmlText.escape(texts.getProperty("section.routing")),
                HtmlText.escape(texts.getProperty("notification.reply_to_prospect")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void confirmationSpeaksTheLeadsLanguageWithTheMessageFilesTexts(String lang) throws Exception {
        Properties texts = texts(TestSettings.SITE_TEMPLATES, lang);
        MimeMessage mail = confirmation(TestSettings.templates(), routedLead("01CONF", lang));

        assertThat(mail.getSubject()).isEqualTo(texts.getProperty("confirmation.subject").replace("{0}", "Vicinia"));
        String text = NotificationComposerTest.part(mail, "text/plain");
        assertThat(text).contains(texts.getProperty("confirmation.greeting").replace("{0}", "Jan Peeters"),
                texts.getProperty("confirmation.contact").replace("{0}", "An Peeters"),
                texts.getProperty("confirmation.footer"));
        assertThat(NotificationComposerTest.part(mail, "text/html"))
                .contains(HtmlText.escape(texts.getProperty("confirmation.footer")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void theRoutingReasonIsSaidInTheMailsLanguage(String lang) throws Exception {
        Properties texts = texts(TestSettings.SITE_TEMPLATES, lang);
        RoutingReason why = new RoutingReason(RoutingReason.Kind.TOPIC, List.of("topic", "datacenter"),
                "Elke Wouters", RoutingReason.Takeover.BACKUP, "Bert Janssens");
        Lead lead = inLanguage(TestLeads.ordinary("01WHY" + lang, new RoutingResult("bert", "Bert Janssens", MANAGER,
                "specialist-datacenter", true, "rule specialist-datacenter: topic 'datacenter' has a specialist"
                        + " -> Elke Wouters, inactive; backup Bert Janssens takes over", why)), lang);
        FieldCatalog catalog = new NotificationComposerTest.MapFieldCatalog(List.of(), Map.of(), Map.of("topic/datacenter", "Datacenter " + lang));

        MimeMessage mail = new NotificationComposer(TestSettings.delivery(new MaildirSettings(Path.of("unused"))),
                catalog, TestSettings.templates()).compose(lead, job(lead, DeliveryChannel.MANAGER_MAIL, MANAGER));

        String expected = texts.getProperty("routing.why.topic").replace("{0}", "Elke Wouters")
                .replace("{1}", "topic").replace("{2}", "Datacenter " + lang)
                + texts.getProperty("routing.takeover.backup").replace("{0}", "Elke Wouters")
                        .replace("{1}", "Bert Janssens");
        String text = NotificationComposerTest.part(mail, "text/plain");
        assertThat(text).contains(texts.getProperty("routing.reason") + ": " + expected)
                .doesNotContain("rule specialist-datacenter", " -> ");
        assertThat(NotificationComposerTest.part(mail, "text/html")).contains(HtmlText.escape(expected));
    }

    @Test
    void aReRouteAfterARefusedAddressIsSaidTooInDutch() throws Exception {
        RoutingReason why = new RoutingReason(RoutingReason.Kind.TERRITORY, List.of("3500", "LIMBURG"), "An Peeters",
                RoutingReason.Takeover.NONE, "").refusedThen("An Peeters", "Sales desk");
        Lead lead = TestLeads.ordinary("01REFUSED", new RoutingResult("desk", "Sales desk", "desk@vicinia.be",
                "territory-limburg", true, "re-routed to Sales desk", why));
        assertThat(NotificationComposerTest.part(notification(TestSettings.templates(), lead), "text/plain"))
                .contains("Reden: postcode 3500 ligt in Limburg, het gebied van An Peeters; de mailserver weigerde het"
                        + " adres van An Peeters definitief, dus neemt Sales desk over");
    }

    @Test
    void aLeadWithoutAStructuredReasonShowsItsStoredSentence() throws Exception {
        Lead lead = TestLeads.ordinary("01OLD", TestLeads.routedTo("an", "An Peeters", MANAGER));
        assertThat(NotificationComposerTest.part(notification(TestSettings.templates(), lead), "text/plain"))
                .contains("Reden: named account: Gemeente Lindebeek");
    }

    @Test
    void theDutchConfirmationSaysJeLikeTheSite() throws Exception {
        Lead lead = TestLeads.ordinary("01JE", TestLeads.routedTo("an", "An Peeters", MANAGER));
        String text = NotificationComposerTest.part(confirmation(TestSettings.templates(), lead), "text/plain");
        assertThat(text).contains("je bericht", "je contactpersoon").doesNotContainPattern("(?i)\\b(uw|u)\\b");
    }

    @Test
    void changingATemplateOrAMessageChangesTheMail() throws Exception {
        Path templates = copyOfTemplates();
        Lead lead = TestLeads.ordinary("01EDIT", TestLeads.routedTo("an", "An Peeters", MANAGER));
        assertThat(NotificationComposerTest.part(notification(MailTemplates.load(templates), lead), "text/plain"))
                .doesNotContain("Afdeling verkoop");

        replaceIn(templates.resolve("mail/notification.txt.ftl"), "${t(\"notification.title\")}",
                "${t(\"notification.title\")} \u2013 Afdeling verkoop (${leadId})");
        replaceIn(templates.resolve("mail/messages_nl.properties"), "confirmation.greeting=Dag {0},",
                "confirmation.greeting=Hallo {0}!");
        MailTemplates changed = MailTemplates.load(templates);

        assertThat(NotificationComposerTest.part(notification(changed, lead), "text/plain"))
                .contains("Nieuwe lead via het contactformulier \u2013 Afdeling verkoop (01EDIT)");
        assertThat(NotificationComposerTest.part(confirmation(changed, lead), "text/plain"))
                .contains("Hallo Jan Peeters!").doesNotContain("Dag Jan Peeters,");
    }

    @Test
    void aTemplateThatFailsForAnyLeadStopsTheStartWithItsPosition() throws Exception {
        Path templates = copyOfTemplates();
        Path html = templates.resolve("mail/notification.html.ftlh");
        // line 3 of the template, column 4: an expression that never has a value
        String[] lines = Files.readString(html).split("\n", -1);
        lines[2] = "<p>${leadIdentifier}</p>" + lines[2];
        Files.writeString(html, String.join("\n", lines));
        DeliverySettings settings = TestSettings.delivery(new MaildirSettings(temp.resolve("mail")))
                .withTemplates(templates);

        assertThatThrownBy(() -> JobProcessor.create(new InMemoryDeliveryQueue(id -> id), settings,
                FieldCatalog.none(), (message, recipient) -> new DeliveryOutcome.Delivered("250"),
                (failed, tried) -> java.util.Optional.empty(), alert -> { }, Clock.systemUTC()))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    Diagnostic first = e.diagnostics().get(0);
                    assertThat(first.position().file()).isEqualTo(html.toAbsolutePath().normalize());
                    assertThat(first.position().line()).isEqualTo(3);
                    assertThat(first.position().column()).isEqualTo(6);
                    assertThat(first.message()).contains("leadIdentifier");
                    assertThat(e.getMessage()).contains("notification.html.ftlh:3:6");
                });
    }

    @Test
    void aTextMissingInOneLanguageAndATemplateThatDoesNotParseAreReportedTogether() throws Exception {
        Path templates = copyOfTemplates();
        replaceIn(templates.resolve("mail/messages_fr.properties"), "confirmation.footer=", "confirmation.footnote=");
        MailTemplates loaded = MailTemplates.load(templates);
        DeliverySettings settings = TestSettings.delivery(new MaildirSettings(temp.resolve("mail")))
                .withTemplates(templates);
        assertThatThrownBy(() -> MailTemplateCheck.run(loaded, new NotificationComposer(settings, FieldCatalog.none(), loaded),
                new ConfirmationComposer(settings, loaded)))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::message).anySatisfy(message -> assertThat(message)
                                .contains("confirmation.footer", "messages_fr.properties")));

        Files.writeString(templates.resolve("mail/confirmation.txt.ftl"), "Hello\n<#if name>\n");
        Files.delete(templates.resolve("mail/notification.subject.ftl"));
        assertThatThrownBy(() -> MailTemplates.load(templates))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.position().file().getFileName().toString() + ":" + d.position().line())
                        .contains("confirmation.txt.ftl:2", "notification.subject.ftl:0"));
    }

    @Test
    void aMissingTemplatesFolderIsAClearError() {
        assertThatThrownBy(() -> MailTemplates.load(temp.resolve("nowhere")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("mail templates folder does not exist");
    }

    @Test
    void valuesAreEscapedByFreemarkerAndTheModelNeverNamesATemplateOrText() throws Exception {
        Map<String, String> fields = new HashMap<>(TestLeads.ordinary("x", null).fields());
        fields.put("name", "${leadId} <b>t(\"yes\")</b>");
        Lead base = TestLeads.ordinary("01ESC", TestLeads.routedTo("an", "An Peeters", MANAGER));
        Lead lead = new Lead(base.id(), base.receivedAt(), base.formId(), base.formVersion(), base.source(),
                base.referrer(), base.utm(), "nl", fields, base.consent(), base.routing());
        String html = NotificationComposerTest.part(notification(TestSettings.templates(), lead), "text/html");
        assertThat(html).contains("${leadId} &lt;b&gt;t(&quot;yes&quot;)&lt;/b&gt;").doesNotContain("<b>");
    }
}
