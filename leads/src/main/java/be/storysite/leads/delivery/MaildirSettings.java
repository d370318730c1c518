package be.storysite.leads.delivery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Deliver into a local Maildir (the embedded default is {@code var/mail/} under the site folder).
 *
 * @param directory the Maildir; {@code tmp/}, {@code new/} and {@code cur/} are created inside it
 */
public record MaildirSettings(Path directory) implements MailServer {

    public MaildirSettings {
        Objects.requireNonNull(directory, "directory");
    }

    /** The embedded default: {@code var/mail/} under the site folder. */
    public static MaildirSettings under(Path siteDir) {
        return new MaildirSettings(siteDir.resolve("var").resolve("mail"));
    }
}
