package be.storysite.leads.delivery;

import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * The headers of one mail that {@link MailAssembler} sets; each address is exactly one, already validated.
 *
 * @param messageId the stable Message-ID, with angle brackets
 * @param from the configured sender
 * @param to the one recipient
 * @param replyTo at most one reply address
 * @param subject one line (CR/LF already stripped)
 * @param date the Date header
 * @param lang the Content-Language
 */
record MailEnvelope(String messageId, InternetAddress from, InternetAddress to, Optional<InternetAddress> replyTo,
                    String subject, Instant date, String lang) {
}
