package be.storysite.leads.delivery;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.forms.routing.RoutingReason;
import be.storysite.leads.model.Consent;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every mail template in every language with a sample lead before the service takes its first lead, so a
 * broken template (a typo in an expression, a text missing from one language's message file) stops the start with
 * {@code templates/mail/...:line:col: error: ...} instead of leaving real leads' mails to fail later.
 *
 * <pre>{@code
 * MailTemplateCheck.run(templates, notificationComposer, confirmationComposer);   // DiagnosticException if one fails
 * }</pre>
 */
final class MailTemplateCheck {

    private static final String STEP = "mail templates";
    private static final Instant SAMPLE_TIME = Instant.parse("2026-01-01T09:00:00Z");

    private MailTemplateCheck() {
    }

    static void run(MailTemplates templates, NotificationComposer notification, ConfirmationComposer confirmation) {
        Diagnostics problems = new Diagnostics();
        for (String lang : Languages.SUPPORTED.stream().sorted().toList()) {
            // A missing reason text would only show the English sentence instead: still a mistake to point out.
            for (String key : RoutingReasonText.KEYS) {
                if (templates.messages(lang).find(key).isEmpty()) {
                    problems.error(SourcePosition.of(templates.messagesFile(lang)), "the text '" + key
                            + "' is missing", "every language's file needs a routing.why.* and routing.takeover.*"
                            + " text for each kind of routing reason: copy it from messages_nl.properties");
                }
            }
        }
        for (String lang : Languages.SUPPORTED.stream().sorted().toList()) {
            for (Lead lead : List.of(sample(lang, true), sample(lang, false))) {
                try {
                    notification.compose(lead, job(lead, DeliveryChannel.MANAGER_MAIL, "manager@example.org"));
                    confirmation.compose(lead, job(lead, DeliveryChannel.CONFIRMATION_MAIL, "prospect@example.org"));
                } catch (MailTemplates.MailTemplateException e) {
                    if (!problems.all().contains(e.diagnostic())) {
                        problems.add(e.diagnostic());
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException("the sample lead's mail cannot be assembled", e);
                }
            }
        }
        problems.throwIfErrors(STEP);
    }

    /** A lead with every usual field, or (full = false) one with the least a lead can have: both must render. */
    private static Lead sample(String lang, boolean full) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", "prospect@example.org");
        if (!full) {
            return new Lead("SAMPLE-" + lang, SAMPLE_TIME, "contact", "", null, "", Map.of(), lang, fields, null,
                    null);
        }
        fields.put("name", "Sample Name");
        fields.put("organisation", "Sample Organisation");
        fields.put("topic", "sample");
        fields.put("message", "First line\nSecond line");
        return new Lead("SAMPLE-" + lang, SAMPLE_TIME, "contact", "v1", new SourcePage("https://example.org/story/",
                "Sample story", "story", "sample-story"), "https://example.org/", Map.of("utm_source", "sample"),
                lang, fields, new Consent(true, "2024-05"),
                new RoutingResult("sample", "Sample Backup", "manager@example.org", "sample-rule", true, "sample",
                        new RoutingReason(RoutingReason.Kind.TOPIC, List.of("topic", "sample"), "Sample Manager",
                                RoutingReason.Takeover.BACKUP, "Sample Backup")));
    }

    private static DeliveryJob job(Lead lead, DeliveryChannel channel, String recipient) {
        return new DeliveryJob(0, lead.id(), channel, recipient, 0, SAMPLE_TIME, SAMPLE_TIME, DeliveryState.PENDING,
                "");
    }
}
