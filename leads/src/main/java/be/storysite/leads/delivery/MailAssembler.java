package be.storysite.leads.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Builds the MIME message both composers send: {@code multipart/alternative} with a plain-text part and an HTML
 * part, one From, one To, at most one Reply-To, one Subject, the stable Message-ID, and the headers that keep
 * auto-responders quiet ({@code Auto-Submitted: auto-generated}, {@code X-Auto-Response-Suppress: All}).
 */
final class MailAssembler {

    private final Session session = Session.getInstance(new Properties());

    MimeMessage assemble(MailEnvelope envelope, RenderedMail content) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, envelope.messageId());
        message.setFrom(envelope.from());
        message.setRecipient(Message.RecipientType.TO, envelope.to());
        if (envelope.replyTo().isPresent()) {
            message.setReplyTo(new jakarta.mail.Address[] {envelope.replyTo().get()});
        }
        message.setSubject(HeaderText.singleLine(envelope.subject()), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(envelope.date()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setHeader("Content-Language", envelope.lang());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
