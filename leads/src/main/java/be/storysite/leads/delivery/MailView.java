package be.storysite.leads.delivery;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A message as the preview's {@code /_dev/mail} viewer shows it: the headers that matter, the plain-text part and
 * the HTML part. The HTML is the mail's own markup: show it in a sandboxed {@code <iframe sandbox srcdoc=...>},
 * never inline in the viewer page.
 *
 * <pre>{@code
 * MailView view = maildirReader.view(name).orElseThrow();
 * view.subject(); view.text(); view.html();
 * }</pre>
 *
 * @param name the Maildir file name
 * @param subject decoded Subject
 * @param from the From header
 * @param to the To header
 * @param replyTo the Reply-To header, empty when absent
 * @param messageId the Message-ID header
 * @param date the Date header, or null when absent
 * @param headers every header line, decoded as written ({@code Name: value})
 * @param text the first text/plain part, empty when there is none
 * @param html the first text/html part, empty when there is none
 */
public record MailView(String name, String subject, String from, String to, String replyTo, String messageId,
                       Instant date, List<String> headers, String text, String html) {

    public MailView {
        headers = List.copyOf(headers);
    }

    static MailView of(String name, MimeMessage message) throws MessagingException, IOException {
        List<String> headers = new ArrayList<>();
        for (String line : Collections.list(message.getAllHeaderLines())) {
            headers.add(line);
        }
        return new MailView(name, message.getSubject() == null ? "" : message.getSubject(),
                header(message, "From"), header(message, "To"), header(message, "Reply-To"),
                header(message, "Message-ID"), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                headers, firstPart(message, "text/plain"), firstPart(message, "text/html"));
    }

    static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ", ");
        return value == null ? "" : value;
    }

    /** Depth-first through multiparts: the first part of this type, decoded with its charset. */
    private static String firstPart(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && part.getContent() instanceof String text) {
            return text;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = firstPart(child, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
