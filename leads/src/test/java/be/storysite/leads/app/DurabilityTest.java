package be.storysite.leads.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.delivery.MessageIds;
import be.storysite.leads.http.TestService;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.Lead;
import be.storysite.leads.store.DatabaseSettings;
import be.storysite.leads.store.Databases;
import be.storysite.leads.store.LeadStore;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3: the service is SIGKILLed while 200 submissions are in flight; after a restart every submission that
 * was answered 202/303 is stored exactly once, and every stored lead is delivered (deduplicated by Message-ID)
 * exactly once, to its routed manager, through a real SMTP server (GreenMail).
 */
class DurabilityTest {

    private static final int SUBMISSIONS = 200;
    private static final String SENDER = "leads@vicinia.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everyAnsweredSubmissionSurvivesASigkillAndIsDeliveredOnce() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Path config = temp.resolve("leads.yaml");
            Files.writeString(config, "contact_forms: " + TestService.CONTACT_FORMS + "\n"
                    + "http: {port: 0, allowed_origins: [" + TestService.ORIGIN + "],"
                    // 200 posts at once from one address: more connections than the default cap per address
                    + " rate_per_second: 100000, burst: 100000, max_connections_per_address: 1000}\n"
                    + "mail: {from: " + SENDER + "}\n"
                    + "delivery: {poll_interval_seconds: 1, lease_seconds: 10}\n");
            Map<String, String> env = Map.of("STORYSITE_SMTP_HOST", "127.0.0.1",
                    "STORYSITE_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                    "STORYSITE_SMTP_STARTTLS", "false");

            ChildService first = ChildService.start(config, env, temp.resolve("first.log"));
            Map<Integer, Integer> answered = fireAndKill(first);
            ChildService second = ChildService.start(config, env, temp.resolve("second.log"));
            try {
                awaitEmptyBacklog(second);
            } finally {
                second.stop();
            }

            Map<String, List<Lead>> storedByEmail;
            try (LeadStore store = new LeadStore(Databases.open(new DatabaseSettings(
                    "jdbc:sqlite:" + temp.resolve("var/leads.db"), "", "", 2, Duration.ofSeconds(5))))) {
                List<Lead> leads = new ArrayList<>();
                store.forEach(s -> leads.add(s.lead()));
                storedByEmail = leads.stream().collect(Collectors.groupingBy(l -> l.field("email")));
            }
            assertThat(answered).as("answers before the kill").isNotEmpty();
            answered.forEach((n, status) -> {
                assertThat(status).isIn(202, 303);
                assertThat(storedByEmail.get(email(n))).as("submission %d answered %d", n, status).hasSize(1);
            });
            assertThat(storedByEmail.values()).as("nothing stored twice").allSatisfy(l -> assertThat(l).hasSize(1));

            Map<String, List<MimeMessage>> mailsById = new HashMap<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                mailsById.computeIfAbsent(message.getMessageID(), id -> new ArrayList<>()).add(message);
            }
            Map<String, Lead> expected = storedByEmail.values().stream().map(l -> l.get(0)).collect(Collectors.toMap(
                    lead -> MessageIds.of(lead.id(), DeliveryChannel.MANAGER_MAIL, SENDER), Function.identity()));
            System.out.printf("durability: %d answered before SIGKILL, %d stored, %d mails, %d distinct Message-IDs%n",
                    answered.size(), expected.size(), smtp.getReceivedMessages().length, mailsById.size());
            assertThat(mailsById.keySet()).as("each stored lead delivered once (by Message-ID), nothing else")
                    .isEqualTo(expected.keySet());
            for (Map.Entry<String, Lead> lead : expected.entrySet()) {
                MimeMessage mail = mailsById.get(lead.getKey()).get(0);
                assertThat(mail.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                        .containsExactly(lead.getValue().routing().managerEmail());
            }
        } finally {
            smtp.stop();
        }
    }

    /**
     * Fires two thirds of the submissions asynchronously, one every millisecond, and waits until a third were
     * answered; then fires the rest at once and SIGKILLs the service right away, so that submissions are in every
     * state: answered, committed but not answered, received but not committed, not received. Returns the answers.
     */
    private Map<Integer, Integer> fireAndKill(ChildService service) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, Integer> answered = new ConcurrentHashMap<>();
        CountDownLatch third = new CountDownLatch(SUBMISSIONS / 3);
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (int n = 0; n < SUBMISSIONS; n++) {
            if (n == SUBMISSIONS * 2 / 3) {
                assertThat(third.await(60, TimeUnit.SECONDS)).as("a third answered within 60 s").isTrue();
            }
            int submission = n;
            inFlight.add(client.sendAsync(request(service.port(), n), HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> {
                        answered.put(submission, response.statusCode());
                        third.countDown();
                    }));
            if (n < SUBMISSIONS * 2 / 3) {
                Thread.sleep(1);
            }
        }
        service.kill();
        for (CompletableFuture<?> f : inFlight) {
            f.handle((ok, error) -> null).get(30, TimeUnit.SECONDS);
        }
        assertThat(answered.size()).as("submissions cut off by the kill").isLessThan(SUBMISSIONS);
        return Map.copyOf(answered);
    }

    private static HttpRequest request(int port, int n) throws Exception {
        Map<String, String> form = TestService.validForm();
        form.put("email", email(n));
        form.put("name", "Prospect " + n);
        form.put("organisation", Set.of(0, 1).contains(n % 3) ? "Gemeente Lindebeek" : "Gemeente Nergensdorp");
        boolean json = n % 2 == 0;
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/leads/contact"))
                .timeout(Duration.ofSeconds(30))
                .header("Origin", TestService.ORIGIN)
                .header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(json ? JSON.writeValueAsString(form)
                        : TestService.urlEncoded(form)))
                .build();
    }

    private static String email(int n) {
        return "prospect" + n + "@durability.example";
    }

    private static void awaitEmptyBacklog(ChildService service) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.port() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() == 200 && JSON.readTree(health.body()).get("delivery").get("pending").asLong() == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the restarted service did not deliver its backlog within 60 s");
    }
}
