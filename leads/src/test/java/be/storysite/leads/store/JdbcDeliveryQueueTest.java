package be.storysite.leads.store;

import static be.storysite.leads.store.TestLeads.lead;
import static be.storysite.leads.store.TestLeads.managerMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.storysite.forms.routing.RoutingReason;
import be.storysite.leads.delivery.DeliveryQueue;
import be.storysite.leads.delivery.DeliveryQueue.Claimed;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.RoutingResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Claiming with leases, retries, re-routing and dead letters, on SQLite and on a real PostgreSQL. */
class JdbcDeliveryQueueTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aClaimedJobIsLeasedUntilItsLeaseRunsOut(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            store.accept(lead("L1", "a@b.be", T0), managerMail(), Optional.empty());
            DeliveryQueue queue = new JdbcDeliveryQueue(store.database(), id -> id);

            List<Claimed> first = queue.claim("w1", 10, LEASE, T0);
            assertThat(first).singleElement().satisfies(c -> {
                assertThat(c.lead()).isEqualTo(lead("L1", "a@b.be", T0));
                assertThat(c.job().leadId()).isEqualTo("L1");
            });
            assertThat(queue.claim("w2", 10, LEASE, T0.plusSeconds(119))).isEmpty();
            // w1 died: after the lease another worker gets the job
            assertThat(queue.claim("w2", 10, LEASE, T0.plus(LEASE))).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void deliveredRetriedAndDeadJobsFollowTheirState(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            store.accept(lead("L1", "a@b.be", T0), managerMail(), Optional.empty());
            store.accept(lead("L2", "a@b.be", T0), managerMail(), Optional.empty());
            DeliveryQueue queue = new JdbcDeliveryQueue(store.database(), id -> id);
            List<Claimed> claimed = queue.claim("w", 10, LEASE, T0);
            long j1 = claimed.get(0).job().id();
            long j2 = claimed.get(1).job().id();

            queue.retryLater(j1, "421 try later", T0.plusSeconds(30));
            queue.delivered(j2, "250 2.0.0 Ok", T0.plusSeconds(1));

            assertThat(queue.claim("w", 10, LEASE, T0.plusSeconds(29))).isEmpty();
            List<Claimed> again = queue.claim("w", 10, LEASE, T0.plusSeconds(30));
            assertThat(again).singleElement().satisfies(c -> {
                assertThat(c.job().id()).isEqualTo(j1);
                assertThat(c.job().attempts()).isEqualTo(1);
                assertThat(c.job().lastReply()).isEqualTo("421 try later");
            });
            queue.dead(j1, "gave up after 48 h", T0.plusSeconds(40));

            assertThat(queue.claim("w", 10, LEASE, T0.plus(Duration.ofDays(9)))).isEmpty();
            assertThat(store.backlog(T0)).isEqualTo(new Backlog(0, 1, Duration.ZERO));
            assertThat(store.find("L2").orElseThrow().jobs().get(0).state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(store.attempts("L1")).extracting(DeliveryAttempt::outcome, DeliveryAttempt::reply)
                    .containsExactly(tuple("RETRY", "421 try later"), tuple("DEAD", "gave up after 48 h"));
            assertThat(store.attempts("L2")).singleElement().satisfies(a -> {
                assertThat(a.outcome()).isEqualTo("DELIVERED");
                assertThat(a.recipient()).isEqualTo("an@vicinia.example");
                assertThat(a.at()).isEqualTo(T0.plusSeconds(1));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rerouteSendsTheJobToTheBackupAndRecordsWhy(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            store.accept(lead("L1", "a@b.be", T0), managerMail(), Optional.empty());
            DeliveryQueue queue = new JdbcDeliveryQueue(store.database(), Map.of("bert", "Bert Jacobs")::get);
            long job = queue.claim("w", 1, LEASE, T0).get(0).job().id();

            RoutingReason why = new RoutingReason(RoutingReason.Kind.NAMED_ACCOUNT,
                    List.of("organisation", "Gemeente Lindebeek"), "An Claes", RoutingReason.Takeover.NONE, "")
                    .refusedThen("An Claes", "Bert Jacobs");
            queue.reroute(job, "550 5.1.1 no such user", "bert", "bert@vicinia.example",
                    "an@vicinia.example refused: 550 5.1.1", why, T0.plusSeconds(5));

            Claimed next = queue.claim("w", 1, LEASE, T0.plusSeconds(5)).get(0);
            assertThat(next.job().recipient()).isEqualTo("bert@vicinia.example");
            assertThat(next.lead().routing()).isEqualTo(new RoutingResult("bert", "Bert Jacobs",
                    "bert@vicinia.example", "account-lindebeek", true, "an@vicinia.example refused: 550 5.1.1", why));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoServiceInstancesNeverClaimTheSameJob(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore();
             LeadStore secondInstance = db.openStore()) {
            for (int i = 0; i < 300; i++) {
                store.accept(lead("L" + i, "a@b.be", T0), managerMail(), Optional.empty());
            }
            List<DeliveryQueue> queues = List.of(new JdbcDeliveryQueue(store.database(), id -> id),
                    new JdbcDeliveryQueue(secondInstance.database(), id -> id));
            ConcurrentLinkedQueue<Long> delivered = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                DeliveryQueue queue = queues.get(w % 2);
                String name = "worker-" + w;
                workers.add(new Thread(() -> {
                    await(start);
                    List<Claimed> batch;
                    while (!(batch = queue.claim(name, 7, LEASE, T0)).isEmpty()) {
                        for (Claimed c : batch) {
                            delivered.add(c.job().id());
                            queue.delivered(c.job().id(), "250 ok", T0);
                        }
                    }
                }));
            }
            workers.forEach(Thread::start);
            start.countDown();
            for (Thread t : workers) {
                t.join();
            }
            assertThat(delivered).hasSize(300).doesNotHaveDuplicates();
            assertThat(store.backlog(T0).pending()).isZero();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
