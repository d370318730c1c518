package be.storysite.leads.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * Delivers into a local Maildir, the embedded default for local work: each message is a real RFC 5322 file that
 * any mail client (mutt, Thunderbird with a Maildir account, ...) opens, and that the preview shows at
 * {@code /_dev/mail}.
 *
 * <p>As the Maildir specification asks, the file is written and synced under {@code tmp/}, then renamed atomically
 * into {@code new/}: a reader never sees half a message.
 *
 * <pre>{@code
 * MailTransport local = new MaildirTransport(siteDir.resolve("var/mail"));
 * local.send(message, new InternetAddress("an.peeters@vicinia.be"));   // Delivered("maildir: new/1764...")
 * }</pre>
 */
public final class MaildirTransport implements MailTransport {

    private final Path maildir;
    private final MaildirNames names;

    public MaildirTransport(Path maildir) {
        this(maildir, new MaildirNames(Clock.systemUTC()));
    }

    public MaildirTransport(Path maildir, MaildirNames names) {
        this.maildir = maildir;
        this.names = names;
    }

    @Override
    public DeliveryOutcome send(MimeMessage message, InternetAddress recipient) {
        String name = names.next();
        Path tmp = maildir.resolve("tmp").resolve(name);
        try {
            for (String folder : new String[] {"tmp", "new", "cur"}) {
                Files.createDirectories(maildir.resolve(folder));
            }
            write(tmp, message, recipient);
            Files.move(tmp, maildir.resolve("new").resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return new DeliveryOutcome.Delivered("maildir: new/" + name);
        } catch (IOException | MessagingException e) {
            deleteQuietly(tmp);
            return new DeliveryOutcome.TemporaryFailure(
                    HeaderText.singleLine("maildir " + maildir + ": " + e.getClass().getSimpleName() + ": "
                            + e.getMessage()));
        }
    }

    /**
     * Writes the message with the envelope headers a delivery agent adds ({@code Delivered-To}), then forces it to
     * disk so the rename below publishes a complete, durable file.
     */
    private static void write(Path file, MimeMessage message, InternetAddress recipient)
            throws IOException, MessagingException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            out.write(("Delivered-To: " + recipient.getAddress() + "\r\n").getBytes(StandardCharsets.US_ASCII));
            message.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray file in tmp/ is harmless: Maildir readers never look there
        }
    }
}
