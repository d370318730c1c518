package be.storysite.leads.store;

import static be.storysite.leads.store.TestLeads.lead;
import static be.storysite.leads.store.TestLeads.managerMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lead store, on SQLite and on a real PostgreSQL. */
class LeadStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123Z");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void storesEveryFieldOfALeadWithItsJobs(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            Lead lead = lead("L1", "Els@Example.BE", T0);
            AcceptOutcome outcome = store.accept(lead, managerMail(), Optional.empty());

            assertThat(outcome).isInstanceOf(AcceptOutcome.Created.class);
            StoredLead stored = store.find("L1").orElseThrow();
            assertThat(stored.lead()).isEqualTo(lead);
            assertThat(stored.jobs()).singleElement().satisfies(job -> {
                assertThat(job.channel()).isEqualTo(DeliveryChannel.MANAGER_MAIL);
                assertThat(job.recipient()).isEqualTo("an@vicinia.example");
                assertThat(job.state()).isEqualTo(DeliveryState.PENDING);
                assertThat(job.nextAttemptAt()).isEqualTo(T0);
            });
            assertThat(store.find("nope")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anIdempotentReplayGivesTheSameAnswerAndCreatesNothing(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            StoredAnswer answer = new StoredAnswer(202, "application/json", "", "{\"id\":\"L1\"}");
            IdempotencyRecord key = new IdempotencyRecord("contact", "k-1", "hash-a", answer);
            List<Long> turns = new ArrayList<>();
            LeadDraft first = next -> {
                turns.add(next.applyAsLong("pool"));
                return new LeadDraft.Complete(lead("L1", "a@b.be", T0), managerMail());
            };
            LeadDraft replay = next -> {
                turns.add(next.applyAsLong("pool"));
                return new LeadDraft.Complete(lead("L2", "a@b.be", T0), managerMail());
            };

            assertThat(store.accept(first, Optional.of(key), T0)).isInstanceOf(AcceptOutcome.Created.class);
            assertThat(store.accept(replay, Optional.of(key), T0)).isEqualTo(new AcceptOutcome.Replayed(answer));
            IdempotencyRecord otherBody = new IdempotencyRecord("contact", "k-1", "hash-b", answer);
            assertThat(store.accept(replay, Optional.of(otherBody), T0)).isEqualTo(new AcceptOutcome.KeyReused("k-1"));

            assertThat(store.count()).isEqualTo(1);
            assertThat(turns).containsExactly(0L);
            assertThat(store.backlog(T0).pending()).isEqualTo(1);
            // the same key for another form is another key
            IdempotencyRecord otherForm = new IdempotencyRecord("brochure", "k-1", "hash-a", answer);
            assertThat(store.accept(lead("L3", "a@b.be", T0), managerMail(), Optional.of(otherForm)))
                    .isInstanceOf(AcceptOutcome.Created.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailureStoresNothingOfTheLeadNorItsTurnNorItsKey(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            IdempotencyRecord key = new IdempotencyRecord("contact", "k-9", "h",
                    new StoredAnswer(202, "application/json", "", "{}"));
            // the second job violates NOT NULL after the lead and the first job were inserted
            List<NewJob> badJobs = List.of(new NewJob(DeliveryChannel.MANAGER_MAIL, "an@vicinia.example"),
                    new NewJob(DeliveryChannel.CRM_WEBHOOK, null));
            LeadDraft draft = next -> {
                next.applyAsLong("pool");
                return new LeadDraft.Complete(lead("L1", "a@b.be", T0), badJobs);
            };

            assertThatThrownBy(() -> store.accept(draft, Optional.of(key), T0)).isInstanceOf(RuntimeException.class);

            assertThat(store.count()).isZero();
            assertThat(store.backlog(T0).pending()).isZero();
            assertThat(store.nextTurn("pool")).isZero();
            // the key was not kept either: a retry of the same request is accepted
            assertThat(store.accept(lead("L1", "a@b.be", T0), managerMail(), Optional.of(key)))
                    .isInstanceOf(AcceptOutcome.Created.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentAcceptsAreEachCommittedOrFailedOnTheirOwn(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = i;
                results.add(pool.submit(() -> store.accept(next -> {
                    if (n % 5 == 0) {
                        throw new IllegalStateException("draft " + n + " fails");
                    }
                    return new LeadDraft.Complete(lead("L" + n, "a@b.be", T0), managerMail());
                }, Optional.empty(), T0)));
            }
            int failed = 0;
            for (Future<?> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).hasMessageContaining("fails");
                    failed++;
                }
            }
            pool.shutdown();
            assertThat(failed).isEqualTo(20);
            assertThat(store.count()).isEqualTo(80);
            assertThat(store.find("L5")).isEmpty();
            assertThat(store.find("L6")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void roundRobinTurnsSurviveARestart(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp)) {
            try (LeadStore store = db.openStore()) {
                assertThat(store.nextTurn("west")).isEqualTo(0);
                assertThat(store.nextTurn("west")).isEqualTo(1);
                assertThat(store.nextTurn("oost")).isEqualTo(0);
            }
            try (LeadStore reopened = db.openStore()) {
                assertThat(reopened.nextTurn("west")).isEqualTo(2);
                assertThat(reopened.nextTurn("oost")).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void listsNewestFirstAndExportsEverythingOldestFirst(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            for (int i = 0; i < 1203; i++) {
                // several leads share a timestamp, so that paging must break ties by id
                store.accept(lead(String.format("L%04d", i), "a@b.be", T0.plusSeconds(i / 3)), managerMail(),
                        Optional.empty());
            }
            assertThat(store.list(2)).extracting(s -> s.lead().id()).containsExactly("L1202", "L1201");
            List<String> exported = new ArrayList<>();
            store.forEach(s -> exported.add(s.lead().id()));
            assertThat(exported).hasSize(1203).isSorted().doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void forgetDeletesEveryLeadOfAnAddressAndNothingElse(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            store.accept(lead("L1", "Els@Example.be", T0), managerMail(), Optional.of(new IdempotencyRecord(
                    "contact", "k", "h", new StoredAnswer(202, "application/json", "", "{\"id\":\"L1\"}"))));
            store.accept(lead("L2", "els@example.BE ", T0), managerMail(), Optional.empty());
            store.accept(lead("L3", "jan@example.be", T0), managerMail(), Optional.empty());
            JdbcDeliveryQueue queue = new JdbcDeliveryQueue(store.database(), id -> id);
            queue.claim("w", 10, Duration.ofMinutes(1), T0).forEach(c -> queue.delivered(c.job().id(), "250 ok", T0));

            assertThat(store.forget("ELS@example.be")).isEqualTo(2);

            assertThat(store.list(10)).extracting(s -> s.lead().id()).containsExactly("L3");
            assertThat(store.backlog(T0)).isEqualTo(new Backlog(0, 0, Duration.ZERO));
            assertThat(LeadStoreTest.rows(store, "delivery_attempts")).isEqualTo(1);
            assertThat(LeadStoreTest.rows(store, "idempotency_keys")).isZero();
            assertThatThrownBy(() -> store.forget(" ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void purgeDeletesLeadsReceivedBeforeTheCutoff(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            store.accept(lead("old", "a@b.be", T0.minus(Duration.ofDays(400))), managerMail(), Optional.empty());
            store.accept(lead("new", "a@b.be", T0.minus(Duration.ofDays(10))), managerMail(), Optional.empty());

            assertThat(store.purgeOlderThan(T0.minus(Duration.ofDays(365)))).isEqualTo(1);

            assertThat(store.list(10)).extracting(s -> s.lead().id()).containsExactly("new");
            assertThat(store.backlog(T0).pending()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void resendQueuesANewJobToTheCurrentManager(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            store.accept(lead("L1", "a@b.be", T0), managerMail(), Optional.empty());

            DeliveryJob job = store.resend("L1", T0.plusSeconds(60)).orElseThrow();

            assertThat(job.recipient()).isEqualTo("an@vicinia.example");
            assertThat(job.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(store.find("L1").orElseThrow().jobs()).hasSize(2);
            assertThat(store.resend("unknown", T0)).isEmpty();
        }
    }

    /** The number of rows in a table, read straight from the database. */
    static long rows(LeadStore store, String table) {
        return store.database().read(c -> {
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
