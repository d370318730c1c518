package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** SMTP faults against real sockets: nobody listening, a silent server, scripted 4xx and 5xx replies. */
class SmtpTransportTest {

    private static final String MANAGER = "an.peeters@vicinia.be";

    private static MimeMessage message() throws Exception {
        Lead lead = TestLeads.ordinary("01SMTP", TestLeads.routedTo("an", "An Peeters", MANAGER));
        return new NotificationComposer(TestSettings.delivery(new MaildirSettings(Path.of("unused"))),
                FieldCatalog.none(), TestSettings.templates()).compose(lead, new DeliveryJob(1, lead.id(), DeliveryChannel.MANAGER_MAIL,
                MANAGER, 0, lead.receivedAt(), lead.receivedAt(), DeliveryState.PENDING, ""));
    }

    @Test
    void timeoutsAreAlwaysSetAndStartTlsIsRequiredWhenConfigured() {
        Properties props = SmtpTransport.properties(SmtpSettings.of("smtp.example.be", 587)
                .withAuth("leads", "pw").withStartTls(true));
        assertThat(props.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
        assertThat(props.getProperty("mail.smtp.timeout")).isEqualTo("30000");
        assertThat(props.getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
        assertThat(props.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(props.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(SmtpSettings.of("h", 25).withAuth("u", "hunter2").toString()).doesNotContain("hunter2");
    }

    @Test
    void authenticatesWithTheConfiguredUserAndAWrongPasswordIsTemporary() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("leads@vicinia.be", "leads", "s3cret"));
        smtp.start();
        try {
            SmtpSettings server = TestSettings.smtp(smtp.getSmtp().getPort());
            DeliveryOutcome accepted = new SmtpTransport(server.withAuth("leads", "s3cret"))
                    .send(message(), new InternetAddress(MANAGER));
            DeliveryOutcome refused = new SmtpTransport(server.withAuth("leads", "wrong"))
                    .send(message(), new InternetAddress(MANAGER));

            assertThat(accepted).isInstanceOf(DeliveryOutcome.Delivered.class);
            assertThat(refused).isInstanceOf(DeliveryOutcome.TemporaryFailure.class);
            assertThat(refused.reply()).contains("535");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void connectionRefusedIsTemporary() throws Exception {
        DeliveryOutcome outcome = new SmtpTransport(TestSettings.smtp(Eventually.freePort()))
                .send(message(), new InternetAddress(MANAGER));
        assertThat(outcome).isInstanceOf(DeliveryOutcome.TemporaryFailure.class);
        assertThat(outcome.reply()).containsIgnoringCase("connect");
    }

    @Test
    void aServerThatNeverAnswersEndsWithinTheTimeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            SmtpTransport transport = new SmtpTransport(SmtpSettings.of("127.0.0.1", silent.port())
                    .withTimeouts(Duration.ofMillis(500)));
            long start = System.nanoTime();
            DeliveryOutcome outcome = transport.send(message(), new InternetAddress(MANAGER));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(silent.connections()).isEqualTo(1);
            assertThat(outcome).isInstanceOf(DeliveryOutcome.TemporaryFailure.class);
            assertThat(outcome.reply()).containsIgnoringCase("timed out");
            // one read timeout (the greeting never comes), plus generous slack for a loaded machine
            assertThat(took).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void rejectionOfTheRecipientIsPermanentOnlyFor5xx() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(address -> address.startsWith("gone")
                ? "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"
                : address.startsWith("busy") ? "451 4.7.1 Greylisted, try again later" : "250 2.1.5 Ok")) {
            SmtpTransport transport = new SmtpTransport(TestSettings.smtp(server.port()));

            DeliveryOutcome gone = transport.send(message(), new InternetAddress("gone@vicinia.be"));
            DeliveryOutcome busy = transport.send(message(), new InternetAddress("busy@vicinia.be"));
            DeliveryOutcome fine = transport.send(message(), new InternetAddress(MANAGER));

            assertThat(gone).isInstanceOf(DeliveryOutcome.PermanentFailure.class);
            assertThat(gone.reply()).startsWith("550 5.1.1").contains("User unknown");
            assertThat(busy).isInstanceOf(DeliveryOutcome.TemporaryFailure.class);
            assertThat(busy.reply()).startsWith("451 4.7.1");
            assertThat(fine).isEqualTo(new DeliveryOutcome.Delivered("250 2.0.0 Ok: queued as 1"));
            // the envelope went to exactly the given recipient, whatever the headers say
            assertThat(server.received()).singleElement().extracting(ScriptedSmtpServer.Received::recipients)
                    .isEqualTo(java.util.List.of(MANAGER));
        }
    }
}
