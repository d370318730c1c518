package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaildirTest {

    private static final String MANAGER = "an.peeters@vicinia.be";

    @TempDir
    Path site;

    private final NotificationComposer composer = new NotificationComposer(
            TestSettings.delivery(new MaildirSettings(Path.of("unused"))), FieldCatalog.none(), TestSettings.templates());

    private MimeMessage compose(String leadId) throws Exception {
        Lead lead = TestLeads.ordinary(leadId, TestLeads.routedTo("an", "An Peeters", MANAGER));
        return composer.compose(lead, new DeliveryJob(1, leadId, DeliveryChannel.MANAGER_MAIL, MANAGER, 0,
                lead.receivedAt(), lead.receivedAt(), DeliveryState.PENDING, ""));
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    @Test
    void writesRealRfc5322FilesIntoNewThroughTmp() throws Exception {
        Path maildir = MaildirSettings.under(site).directory();
        DeliveryOutcome outcome = new MaildirTransport(maildir).send(compose("01MAILDIR"), new InternetAddress(MANAGER));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
        assertThat(maildir).isEqualTo(site.resolve("var/mail"));
        assertThat(files(maildir.resolve("tmp"))).isEmpty();
        assertThat(files(maildir.resolve("cur"))).isEmpty();
        List<Path> delivered = files(maildir.resolve("new"));
        assertThat(delivered).hasSize(1);
        assertThat(outcome.reply()).isEqualTo("maildir: new/" + delivered.get(0).getFileName());
        assertThat(delivered.get(0).getFileName().toString()).matches("\\d+\\.M\\d+P\\d+Q1R[0-9a-f]{8}\\..+");

        byte[] bytes = Files.readAllBytes(delivered.get(0));
        String text = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(text).startsWith("Delivered-To: " + MANAGER + "\r\n");
        assertThat(text.substring(0, text.indexOf("\r\n\r\n")).lines()).allMatch(l -> l.length() <= 998);
        assertThat(text.chars()).allMatch(c -> c < 128);   // 7-bit: encoded headers, encoded parts
        try (InputStream in = Files.newInputStream(delivered.get(0))) {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(parsed.getMessageID()).isEqualTo("<lead-01MAILDIR.manager@vicinia.be>");
            assertThat(parsed.getSubject()).isEqualTo("Nieuwe lead: Gemeente Lindebeek \u2013 cloud");
            assertThat(NotificationComposerTest.addresses(parsed.getAllRecipients())).containsExactly(MANAGER);
            assertThat(NotificationComposerTest.part(parsed, "text/plain")).contains("Naam: Jan Peeters");
            assertThat(NotificationComposerTest.part(parsed, "text/html")).contains("<th");
            assertThat(parsed.getSentDate()).isNotNull();
        }
    }

    @Test
    void concurrentDeliveriesGetUniqueNamesAndTheReaderListsAndReadsThem() throws Exception {
        Path maildir = site.resolve("var/mail");
        MaildirTransport transport = new MaildirTransport(maildir);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<DeliveryOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            MimeMessage message = compose("01LEAD" + i);
            outcomes.add(pool.submit(() -> transport.send(message, new InternetAddress(MANAGER))));
        }
        for (Future<DeliveryOutcome> outcome : outcomes) {
            assertThat(outcome.get()).isInstanceOf(DeliveryOutcome.Delivered.class);
        }
        pool.shutdown();

        MaildirReader reader = new MaildirReader(maildir);
        List<MaildirMessage> listed = reader.list();
        assertThat(listed).hasSize(100);
        assertThat(listed).extracting(MaildirMessage::messageId).doesNotHaveDuplicates();
        assertThat(listed).extracting(MaildirMessage::to).allMatch(to -> to.contains(MANAGER));
        assertThat(listed).isSortedAccordingTo(java.util.Comparator.comparing(MaildirMessage::deliveredAt)
                .thenComparing(MaildirMessage::name).reversed());

        // a mail client moves read mail to cur/ with an info suffix: still listed and readable
        MaildirMessage first = listed.get(0);
        Files.move(maildir.resolve("new").resolve(first.name()), maildir.resolve("cur").resolve(first.name() + ":2,S"));
        assertThat(reader.read(first.name() + ":2,S")).get().extracting(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).isEqualTo(first.messageId());
        assertThat(reader.list()).hasSize(100);

        MailView view = reader.view(first.name() + ":2,S").orElseThrow();
        assertThat(view.subject()).isEqualTo("Nieuwe lead: Gemeente Lindebeek \u2013 cloud");
        assertThat(view.to()).contains(MANAGER);
        assertThat(view.replyTo()).contains("jan.peeters@lindebeek.be");
        assertThat(view.messageId()).isEqualTo(first.messageId());
        assertThat(view.text()).contains("Naam: Jan Peeters");
        assertThat(view.html()).startsWith("<!DOCTYPE html>").contains("Gemeente Lindebeek");
        assertThat(view.headers()).contains("Auto-Submitted: auto-generated");
        assertThat(reader.view("../new/" + first.name())).isEmpty();
    }

    @Test
    void readerRefusesNamesOutsideTheMaildirAndAnAbsentMaildirIsEmpty() throws Exception {
        Path maildir = site.resolve("var/mail");
        assertThat(new MaildirReader(maildir).list()).isEmpty();
        new MaildirTransport(maildir).send(compose("01ONE"), new InternetAddress(MANAGER));
        Files.writeString(site.resolve("var/secret.txt"), "Subject: secret\r\n\r\nno");
        MaildirReader reader = new MaildirReader(maildir);

        assertThat(reader.read("../../secret.txt")).isEmpty();
        assertThat(reader.read("../secret.txt")).isEmpty();
        assertThat(reader.path("/etc/passwd")).isEmpty();
        assertThat(reader.read("no-such-message")).isEmpty();
    }
}
