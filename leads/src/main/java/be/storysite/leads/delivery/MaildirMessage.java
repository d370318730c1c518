package be.storysite.leads.delivery;

import java.time.Instant;

/**
 * One message in a Maildir, as a list shows it.
 *
 * @param name the file name, the message's handle for {@link MaildirReader#read(String)}
 * @param deliveredAt when the file was written into the Maildir
 * @param from the From header
 * @param to the To header
 * @param subject the decoded Subject
 * @param messageId the Message-ID header
 */
public record MaildirMessage(String name, Instant deliveredAt, String from, String to, String subject,
                             String messageId) {
}
