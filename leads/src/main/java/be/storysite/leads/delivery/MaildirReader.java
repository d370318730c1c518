package be.storysite.leads.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads a Maildir (its {@code new/} and {@code cur/} folders) for the preview's {@code /_dev/mail} viewer.
 *
 * <p>A message is looked up by comparing the given name with the files actually present, never by resolving the
 * name as a path, so a name from a URL ({@code ../../etc/passwd}) cannot reach outside the Maildir.
 *
 * <pre>{@code
 * MaildirReader mail = new MaildirReader(siteDir.resolve("var/mail"));
 * for (MaildirMessage m : mail.list()) { ... m.subject() ... }       // newest first
 * Optional<MimeMessage> message = mail.read(name);
 * Optional<MailView> shown = mail.view(name);                        // subject, text and HTML parts
 * }</pre>
 */
public final class MaildirReader {

    private static final String[] FOLDERS = {"new", "cur"};

    private final Path maildir;
    private final Session session = Session.getInstance(new Properties());

    public MaildirReader(Path maildir) {
        this.maildir = maildir;
    }

    /** Every message, newest first; an absent Maildir is empty. */
    public List<MaildirMessage> list() {
        List<MaildirMessage> messages = new ArrayList<>();
        for (Path file : files()) {
            try {
                MimeMessage message = parse(file);
                messages.add(new MaildirMessage(file.getFileName().toString(),
                        Files.getLastModifiedTime(file).toInstant(), MailView.header(message, "From"),
                        MailView.header(message, "To"), message.getSubject() == null ? "" : message.getSubject(),
                        MailView.header(message, "Message-ID")));
            } catch (NoSuchFileException vanished) {
                // moved from new/ to cur/ (or deleted) by a mail client while we listed: skip it
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("cannot read Maildir message " + file + ": " + e.getMessage(), e);
            }
        }
        messages.sort(Comparator.comparing(MaildirMessage::deliveredAt).thenComparing(MaildirMessage::name)
                .reversed());
        return messages;
    }

    /** The message with this file name, parsed; empty when there is none. */
    public Optional<MimeMessage> read(String name) {
        Optional<Path> file = path(name);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(file.get()));
        } catch (NoSuchFileException vanished) {
            return Optional.empty();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot read Maildir message " + file.get() + ": " + e.getMessage(), e);
        }
    }

    /** The message with this name, ready to show: headers, text part, HTML part; empty when there is none. */
    public Optional<MailView> view(String name) {
        Optional<MimeMessage> message = read(name);
        if (message.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MailView.of(name, message.get()));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("cannot decode Maildir message " + name + ": " + e.getMessage(), e);
        }
    }

    /** The file holding the message with this name (for a raw download), if it is in the Maildir. */
    public Optional<Path> path(String name) {
        return files().stream().filter(file -> file.getFileName().toString().equals(name)).findFirst();
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = maildir.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(Files::isRegularFile)
                        .filter(file -> !file.getFileName().toString().startsWith("."))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list Maildir folder " + dir, e);
            }
        }
        return files;
    }

    private MimeMessage parse(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(session, in);
        }
    }
}
