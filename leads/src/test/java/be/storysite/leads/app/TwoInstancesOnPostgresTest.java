package be.storysite.leads.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.delivery.MessageIds;
import be.storysite.leads.http.TestService;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.store.DatabaseSettings;
import be.storysite.leads.store.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 5: two complete service instances (HTTP, store, delivery worker) on one PostgreSQL database; leads
 * posted to either are each delivered exactly once, whichever instance's worker claims them.
 */
class TwoInstancesOnPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENDER = "leads@vicinia.example";
    private static final int LEADS = 60;

    @TempDir
    Path temp;

    @Test
    void twoInstancesNeverDeliverALeadTwice() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, temp)) {
            DatabaseSettings pg = db.settings();
            String extra = "database: {url: \"" + pg.url() + "\", user: " + pg.user() + ", password: " + pg.password()
                    + "}\nmail: {transport: smtp, from: " + SENDER + ", smtp: {host: 127.0.0.1, port: "
                    + smtp.getSmtp().getPort() + ", starttls: false}}\n"
                    + "delivery: {poll_interval_seconds: 1, concurrency: 3, batch_size: 4}\n";
            Set<String> expected = new HashSet<>();
            Path one = Files.createDirectories(temp.resolve("one"));
            Path two = Files.createDirectories(temp.resolve("two"));
            try (LeadServer first = LeadServer.start(TestService.config(one, TestService.GENEROUS_RATE, extra));
                 LeadServer second = LeadServer.start(TestService.config(two, TestService.GENEROUS_RATE, extra))) {
                HttpClient client = HttpClient.newHttpClient();
                for (int n = 0; n < LEADS; n++) {
                    Map<String, String> form = TestService.validForm();
                    form.put("email", "p" + n + "@two.example");
                    int port = n % 2 == 0 ? first.port() : second.port();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/leads/contact"))
                            .header("Origin", TestService.ORIGIN).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(form))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).isEqualTo(202);
                    String id = JSON.readTree(r.body()).get("id").asText();
                    expected.add(MessageIds.of(id, DeliveryChannel.MANAGER_MAIL, SENDER));
                }
                assertThat(smtp.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(60), LEADS)).isTrue();
                // give a wrongly duplicated delivery time to show up
                Thread.sleep(2000);
            }
            List<String> ids = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                ids.add(message.getMessageID());
            }
            assertThat(ids).hasSize(LEADS).doesNotHaveDuplicates();
            assertThat(new HashSet<>(ids)).isEqualTo(expected);
        } finally {
            smtp.stop();
        }
    }
}
