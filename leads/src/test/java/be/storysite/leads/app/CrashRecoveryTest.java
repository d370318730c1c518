package be.storysite.leads.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.delivery.MessageIds;
import be.storysite.leads.delivery.SilentServer;
import be.storysite.leads.http.TestService;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.store.DatabaseSettings;
import be.storysite.leads.store.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3, crash recovery: the service is SIGKILLed while the delivery of a lead is in flight (its job claimed,
 * leased for the default 5 minutes, the SMTP server silent); the restarted service delivers it within 10 s, once,
 * on SQLite (the dead process's claims are taken back at start) and on PostgreSQL (its presence lock is gone).
 */
class CrashRecoveryTest {

    private static final String SENDER = "leads@vicinia.example";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aJobClaimedBeforeASigkillGoesOutWithinSecondsOfTheRestart(TestDatabase.Kind kind) throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (TestDatabase db = TestDatabase.create(kind, temp); SilentServer hanging = new SilentServer()) {
            ChildService first = ChildService.start(config(db.settings(), hanging.port(), "first.yaml"), Map.of(),
                    temp.resolve("first.log"));
            String id;
            try {
                id = post(first.port());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (hanging.connections() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(hanging.connections()).as("the job was claimed and its attempt is in flight").isEqualTo(1);
            } finally {
                first.kill();
            }

            ChildService second = ChildService.start(config(db.settings(), smtp.getSmtp().getPort(), "second.yaml"),
                    Map.of(), temp.resolve("second.log"));
            long restarted = System.nanoTime();
            try {
                assertThat(smtp.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(30), 1)).as("delivered").isTrue();
                long seconds = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
                System.out.printf("crash recovery (%s): mail received %d ms after the restarted service listened%n",
                        kind, seconds);
                assertThat(seconds).as("ms from the restart to the mail").isLessThan(10_000);
                // give a wrong second delivery every chance (several polls) before counting
                Thread.sleep(3000);
            } finally {
                second.stop();
            }
            MimeMessage[] mails = smtp.getReceivedMessages();
            assertThat(mails).hasSize(1);
            assertThat(mails[0].getMessageID()).isEqualTo(MessageIds.of(id, DeliveryChannel.MANAGER_MAIL, SENDER));
            assertThat(((InternetAddress) mails[0].getAllRecipients()[0]).getAddress())
                    .isEqualTo("an.peeters@vicinia.example");
        } finally {
            smtp.stop();
        }
    }

    /** The service's file: the default lease (5 minutes), so only crash recovery can explain a quick delivery. */
    private Path config(DatabaseSettings db, int smtpPort, String name) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, "contact_forms: " + TestService.CONTACT_FORMS + "\n"
                + "database: {url: \"" + db.url() + "\""
                + (db.user().isEmpty() ? "" : ", user: " + db.user() + ", password: " + db.password()) + "}\n"
                + "http: {port: 0, allowed_origins: [" + TestService.ORIGIN + "]}\n"
                + "mail: {transport: smtp, from: " + SENDER + ", smtp: {host: 127.0.0.1, port: " + smtpPort
                + ", starttls: false, timeout_seconds: 120}}\n"
                + "delivery: {poll_interval_seconds: 5}\n");
        return file;
    }

    private static String post(int port) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/leads/contact"))
                .timeout(Duration.ofSeconds(30))
                .header("Origin", TestService.ORIGIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(TestService.validForm()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(202);
        return json.readTree(answer.body()).get("id").asText();
    }
}
