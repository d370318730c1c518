package be.storysite.leads.delivery;

import static be.storysite.leads.delivery.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.forms.FormsConfig;
import be.storysite.forms.routing.Router;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import be.storysite.leads.store.JdbcDeliveryQueue;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.NewJob;
import be.storysite.leads.store.StoredLead;
import be.storysite.leads.store.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Delivery on the real store: leads accepted by {@link LeadStore} with the jobs of the {@link DeliveryPlan}, two
 * workers claiming from the same database, the manager's address refused with 550 so every lead is re-routed to
 * the backup, and each lead delivered exactly once.
 */
class DeliveryOnStoreTest {

    private static final int LEADS = 24;

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoWorkersOnOneStoreDeliverEveryLeadOnceReroutedToTheBackup(TestDatabase.Kind kind) throws Exception {
        Path formsDir = Files.createDirectories(temp.resolve("contact-forms"));
        FormsConfig forms = TestForms.load(formsDir);
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore();
             ScriptedSmtpServer smtp = new ScriptedSmtpServer(address -> address.equals(TestForms.AN)
                     ? "550 5.1.1 <" + address + ">: mailbox closed" : "250 2.1.5 Ok")) {
            DeliverySettings settings = TestSettings.delivery(TestSettings.smtp(smtp.port()));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < LEADS; i++) {
                Lead lead = TestLeads.ordinary("01STORE" + i, TestLeads.routedTo("an", "An Peeters", TestForms.AN),
                        Instant.now());
                List<NewJob> jobs = new DeliveryPlan(settings).jobsFor(lead).stream()
                        .map(job -> new NewJob(job.channel(), job.recipient())).toList();
                store.accept(lead, jobs, Optional.empty());
                ids.add(lead.id());
            }
            JdbcDeliveryQueue queue = new JdbcDeliveryQueue(store.database(),
                    id -> forms.routing().manager(id).orElseThrow().name());
            RecordingAlerts alerts = new RecordingAlerts();
            List<DeliveryWorker> workers = new ArrayList<>();
            for (String workerId : List.of("web-1", "web-2")) {
                JobProcessor processor = JobProcessor.create(queue, settings, new FormsFieldCatalog(forms),
                        MailTransports.open(settings.mailServer()), new RouterFallback(new Router(forms.routing())),
                        alerts, Clock.systemUTC());
                workers.add(new DeliveryWorker(queue, processor, settings, workerId, Clock.systemUTC()));
            }
            try {
                workers.forEach(DeliveryWorker::start);
                await("every lead is delivered", Duration.ofSeconds(30), () -> ids.stream()
                        .map(id -> store.find(id).orElseThrow().jobs())
                        .allMatch(jobs -> jobs.stream().allMatch(j -> j.state() == DeliveryState.DELIVERED)));
            } finally {
                workers.forEach(worker -> worker.stop(Duration.ofSeconds(10)));
            }

            for (String id : ids) {
                StoredLead stored = store.find(id).orElseThrow();
                DeliveryJob job = stored.jobs().get(0);
                assertThat(job.recipient()).isEqualTo(TestForms.BERT);
                assertThat(job.attempts()).isEqualTo(2);
                assertThat(job.lastReply()).startsWith("250 2.0.0");
                assertThat(stored.lead().routing().managerId()).isEqualTo("bert");
                assertThat(stored.lead().routing().managerName()).isEqualTo("Bert Janssens");
                assertThat(stored.lead().routing().fallbackUsed()).isTrue();
            }
            List<String> messageIds = smtp.received().stream().map(received -> {
                assertThat(received.recipients()).containsExactly(TestForms.BERT);
                return received.data().lines().filter(line -> line.startsWith("Message-ID: ")).findFirst()
                        .orElseThrow();
            }).toList();
            assertThat(messageIds).hasSize(LEADS).doesNotHaveDuplicates();
            assertThat(alerts.alerts()).isEmpty();
        }
    }
}
