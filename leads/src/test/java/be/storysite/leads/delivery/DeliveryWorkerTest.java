package be.storysite.leads.delivery;

import static be.storysite.leads.delivery.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.forms.FormsConfig;
import be.storysite.forms.routing.RoutingReason;
import be.storysite.forms.routing.Router;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker against real servers (GreenMail, scripted SMTP, silent sockets) and a real in-memory queue. */
class DeliveryWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path formsDir;

    private InMemoryDeliveryQueue queue;
    private final RecordingAlerts alerts = new RecordingAlerts();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private FormsConfig forms;

    @BeforeEach
    void loadForms() {
        forms = TestForms.load(formsDir);
        queue = new InMemoryDeliveryQueue(id -> forms.routing().manager(id).orElseThrow().name());
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private DeliveryWorker start(DeliverySettings settings) {
        JobProcessor processor = JobProcessor.create(queue, settings, new FormsFieldCatalog(forms),
                MailTransports.open(settings.mailServer()), new RouterFallback(new Router(forms.routing())), alerts,
                Clock.systemUTC());
        DeliveryWorker worker = new DeliveryWorker(queue, processor, settings, "test-worker", Clock.systemUTC());
        toClose.add(worker);
        worker.start();
        return worker;
    }

    private long addLead(String id) {
        return addLead(TestLeads.ordinary(id, TestLeads.routedTo("an", "An Peeters", TestForms.AN), Instant.now()));
    }

    private long addLead(Lead lead) {
        return queue.add(lead, DeliveryChannel.MANAGER_MAIL, lead.routing().managerEmail());
    }

    private GreenMail greenMail(int port) {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.port(port));
        server.start();
        toClose.add(server::stop);
        return server;
    }

    @Test
    void aNewLeadGoesOutOnWakeNotAtTheNextPoll() throws Exception {
        GreenMail smtp = greenMail(Eventually.freePort());
        DeliveryWorker worker = start(TestSettings.delivery(TestSettings.smtp(smtp.getSmtp().getPort()))
                .withPolling(10, 2, Duration.ofHours(1), Duration.ofMinutes(1)));
        Thread.sleep(200);   // the first, immediate poll has found nothing

        long job = addLead("01WAKE");
        worker.wake();

        await("the lead is delivered", Duration.ofSeconds(5),
                () -> queue.job(job).state() == DeliveryState.DELIVERED);
        assertThat(queue.job(job).lastReply()).startsWith("250");
        assertThat(queue.job(job).attempts()).isEqualTo(1);
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Nieuwe lead: Gemeente Lindebeek \u2013 Cloud en hosting");
        assertThat(NotificationComposerTest.part(received, "text/plain")).contains("Uw bestuur: Gemeente Lindebeek");
    }

    @Test
    void serverDownThenUpDeliversEverythingQueuedExactlyOnce() throws Exception {
        int port = Eventually.freePort();
        start(TestSettings.delivery(TestSettings.smtp(port)));
        List<Long> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jobs.add(addLead("01DOWN" + i));
        }

        await("every job failed at least twice while the server is down", WAIT, () -> jobs.stream()
                .map(queue::job).allMatch(j -> j.attempts() >= 2 && j.state() == DeliveryState.PENDING));
        assertThat(queue.job(jobs.get(0)).lastReply()).containsIgnoringCase("connect");

        GreenMail smtp = greenMail(port);
        await("every job is delivered once the server is up", WAIT, () -> jobs.stream()
                .map(queue::job).allMatch(j -> j.state() == DeliveryState.DELIVERED));
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.add(message.getMessageID());
        }
        assertThat(ids).hasSize(6).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("<lead-01DOWN\\d\\.manager@vicinia\\.be>"));
        assertThat(alerts.alerts()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersCostsEachAttemptOnlyItsTimeout() throws Exception {
        SilentServer silent = new SilentServer();
        toClose.add(silent);
        start(TestSettings.delivery(SmtpSettings.of("127.0.0.1", silent.port()).withTimeouts(Duration.ofMillis(400))));
        long job = addLead("01SILENT");
        long begin = System.nanoTime();

        await("three attempts have timed out", WAIT, () -> queue.job(job).attempts() >= 3);
        Duration took = Duration.ofNanos(System.nanoTime() - begin);

        // three timeouts of 400 ms plus backoff (<= 200 ms each) and polling: far below three minutes of hanging
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(queue.job(job).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(queue.job(job).lastReply()).containsIgnoringCase("timed out");
        assertThat(silent.connections()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void temporaryRejectionsAreRetriedUntilAccepted() throws Exception {
        AtomicInteger rcpts = new AtomicInteger();
        ScriptedSmtpServer server = new ScriptedSmtpServer(address -> rcpts.incrementAndGet() <= 2
                ? "451 4.7.1 Greylisted, please try again later" : "250 2.1.5 Ok");
        toClose.add(server);
        start(TestSettings.delivery(TestSettings.smtp(server.port())));
        long job = addLead("01GREY");

        await("the greylisted lead is delivered", WAIT, () -> queue.job(job).state() == DeliveryState.DELIVERED);

        assertThat(queue.job(job).attempts()).isEqualTo(3);
        assertThat(queue.log()).containsExactly(job + " retry 451 4.7.1 Greylisted, please try again later",
                job + " retry 451 4.7.1 Greylisted, please try again later", job + " delivered 250 2.0.0 Ok: queued as 1");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void permanentRejectionReroutesToTheBackupThenTheDefaultOwner() throws Exception {
        ScriptedSmtpServer server = new ScriptedSmtpServer(address -> address.equals(TestForms.DESK)
                ? "250 2.1.5 Ok" : "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
        toClose.add(server);
        start(TestSettings.delivery(TestSettings.smtp(server.port())));
        RoutingReason why = new RoutingReason(RoutingReason.Kind.NAMED_ACCOUNT,
                List.of("organisation", "Gemeente Lindebeek"), "An Peeters", RoutingReason.Takeover.NONE, "");
        long job = addLead(TestLeads.ordinary("01REROUTE", new RoutingResult("an", "An Peeters", TestForms.AN,
                "account-lindebeek", false, "named account", why), Instant.now()));

        await("the lead reaches the default owner", WAIT, () -> queue.job(job).state() == DeliveryState.DELIVERED);

        DeliveryJob done = queue.job(job);
        assertThat(done.recipient()).isEqualTo(TestForms.DESK);
        assertThat(queue.log()).hasSize(3);
        assertThat(queue.log().get(0)).startsWith(job + " reroute bert 550 5.1.1 <" + TestForms.AN + ">");
        assertThat(queue.log().get(1)).startsWith(job + " reroute desk 550 5.1.1 <" + TestForms.BERT + ">");
        Lead lead = queue.lead("01REROUTE");
        assertThat(lead.routing().managerId()).isEqualTo("desk");
        assertThat(lead.routing().fallbackUsed()).isTrue();
        assertThat(lead.routing().reason()).contains("Sales desk", TestForms.BERT);
        // the reason as data: the rule's pick, whose address was refused last (An's backup Bert), who took over
        assertThat(lead.routing().why()).isEqualTo(why.refusedThen("Bert Janssens", "Sales desk"));
        // exactly one mail was accepted: for the default owner, addressed to the default owner only
        assertThat(server.received()).singleElement().satisfies(received -> {
            assertThat(received.recipients()).containsExactly(TestForms.DESK);
            assertThat(received.data()).contains("To: Sales desk <" + TestForms.DESK + ">", "Message-ID: <lead-01REROUTE.manager@vicinia.be>")
                    .doesNotContain("To: " + TestForms.AN);
        });
        assertThat(alerts.alerts()).isEmpty();
    }

    @Test
    void whenEveryoneRejectsTheLeadIsDeadLetteredWithAnAlert() throws Exception {
        ScriptedSmtpServer server = new ScriptedSmtpServer(address -> "550 5.1.1 User unknown");
        toClose.add(server);
        start(TestSettings.delivery(TestSettings.smtp(server.port())));
        long job = addLead("01NOBODY");

        await("the lead is dead", WAIT, () -> queue.job(job).state() == DeliveryState.DEAD);

        assertThat(queue.job(job).attempts()).isEqualTo(3);
        assertThat(alerts.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(Alert.Kind.DEAD_LETTER);
            assertThat(alert.leadId()).isEqualTo("01NOBODY");
            assertThat(alert.recipient()).isEqualTo(TestForms.DESK);
            assertThat(alert.reason()).contains("no backup or default owner left", "550 5.1.1");
        });
        assertThat(server.received()).isEmpty();
    }

    @Test
    void afterTheMaximumAgeTheLeadIsDeadLetteredWithAnAlert() {
        start(TestSettings.delivery(TestSettings.smtp(Eventually.freePort())));
        Lead old = TestLeads.ordinary("01OLD", TestLeads.routedTo("an", "An Peeters", TestForms.AN),
                Instant.now().minus(Duration.ofHours(49)));
        long job = addLead(old);
        long young = addLead("01YOUNG");

        await("the old lead is dead", WAIT, () -> queue.job(job).state() == DeliveryState.DEAD);
        await("the young lead was retried", WAIT, () -> queue.job(young).attempts() >= 2);

        assertThat(queue.job(job).attempts()).isEqualTo(1);
        assertThat(queue.job(job).lastReply()).contains("PT48H").containsIgnoringCase("connect");
        assertThat(queue.job(young).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(alerts.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.leadId()).isEqualTo("01OLD");
            assertThat(alert.channel()).isEqualTo(DeliveryChannel.MANAGER_MAIL);
            assertThat(alert.reason()).contains("no attempt succeeded within PT48H");
        });
    }

    @Test
    void confirmationAndCrmWebhookTravelBesideTheNotification() throws Exception {
        GreenMail smtp = greenMail(Eventually.freePort());
        WebhookReceiver crm = new WebhookReceiver("crm-secret-0123456789", () -> 200, 0);
        toClose.add(crm);
        DeliverySettings settings = TestSettings.delivery(TestSettings.smtp(smtp.getSmtp().getPort()))
                .withConfirmation(true)
                .withWebhooks(Optional.of(new WebhookSettings(crm.url(), "crm-secret-0123456789",
                        Duration.ofSeconds(2))), Optional.empty());
        start(settings);
        Lead lead = TestLeads.ordinary("01ALL", TestLeads.routedTo("an", "An Peeters", TestForms.AN), Instant.now());
        List<Long> jobs = new DeliveryPlan(settings).jobsFor(lead).stream()
                .map(planned -> queue.add(lead, planned.channel(), planned.recipient())).toList();

        assertThat(jobs).hasSize(3);
        await("all three channels delivered", WAIT, () -> jobs.stream().map(queue::job)
                .allMatch(j -> j.state() == DeliveryState.DELIVERED));
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID() + " " + NotificationComposerTest.addresses(m.getAllRecipients());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder("<lead-01ALL.manager@vicinia.be> [" + TestForms.AN + "]",
                "<lead-01ALL.confirmation@vicinia.be> [jan.peeters@lindebeek.be]");
        assertThat(crm.requests()).singleElement().satisfies(request -> {
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.idempotencyKey()).isEqualTo("01ALL");
        });
    }

    @Test
    void stopFinishesTheJobInFlightAndThenClaimsNothing() throws Exception {
        ScriptedSmtpServer server = new ScriptedSmtpServer(address -> "250 2.1.5 Ok");
        server.delayDataReply(700);
        toClose.add(server);
        DeliveryWorker worker = start(TestSettings.delivery(TestSettings.smtp(server.port()).withTimeouts(
                Duration.ofSeconds(3))));
        long job = addLead("01INFLIGHT");
        worker.wake();
        await("the mail is being sent", WAIT, () -> server.connections() >= 1);

        assertThat(worker.stop(Duration.ofSeconds(5))).isTrue();

        assertThat(queue.job(job).state()).isEqualTo(DeliveryState.DELIVERED);
        long later = addLead("01AFTERSTOP");
        worker.wake();
        Thread.sleep(300);
        assertThat(queue.job(later).state()).isEqualTo(DeliveryState.PENDING);
        assertThat(queue.job(later).attempts()).isZero();
    }
}
