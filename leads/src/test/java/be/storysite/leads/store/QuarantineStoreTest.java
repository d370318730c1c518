package be.storysite.leads.store;

import static be.storysite.leads.store.TestLeads.lead;
import static be.storysite.leads.store.TestLeads.managerMail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.leads.delivery.DeliveryQueue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import be.storysite.leads.model.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Quarantine and the refusal to create a store, on the real SQLite and PostgreSQL. */
class QuarantineStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Function<Lead, List<NewJob>> PLAN = l -> managerMail();

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aQuarantinedLeadIsNotClaimedUntilReleasedAndReleasedOnceUnderConcurrency(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore();
             LeadStore otherInstance = db.openStore()) {
            store.accept(turns -> LeadDraft.Complete.quarantined(lead("Q1", "fast@b.be", T0), "time trap: 900 ms"),
                    Optional.empty(), T0);
            store.accept(lead("N1", "normal@b.be", T0), managerMail(), Optional.empty());
            DeliveryQueue queue = new JdbcDeliveryQueue(store.database(), id -> id);
            assertThat(queue.claim("w", 10, Duration.ofHours(1), T0)).extracting(c -> c.lead().id())
                    .containsExactly("N1");
            assertThat(store.quarantined(10)).extracting(q -> q.lead().id() + ": " + q.reason())
                    .containsExactly("Q1: time trap: 900 ms");
            assertThat(store.list(10)).extracting(s -> s.lead().id()).containsExactly("N1");
            assertThat(store.count()).isEqualTo(1);

            // two operators release at once, on two instances: one of them queues the jobs
            Instant later = T0.plusSeconds(60);
            CompletableFuture<Release> a = CompletableFuture.supplyAsync(() -> store.release("Q1", PLAN, later));
            CompletableFuture<Release> b = CompletableFuture.supplyAsync(() -> otherInstance.release("Q1", PLAN, later));
            assertThat(List.of(a.get(), b.get())).extracting(r -> r.getClass().getSimpleName())
                    .containsExactlyInAnyOrder("Released", "NotQuarantined");
            assertThat(store.find("Q1").orElseThrow().jobs()).singleElement()
                    .satisfies(job -> assertThat(job.createdAt()).as("max age counts from the release").isEqualTo(later));
            assertThat(queue.claim("w", 10, Duration.ofMinutes(1), later)).extracting(c -> c.lead().id())
                    .containsExactly("Q1");
            assertThat(store.quarantined(10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void quarantineHasItsOwnRetention(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = db.openStore()) {
            store.accept(turns -> LeadDraft.Complete.quarantined(lead("old-spam", "x@b.be", T0), "honeypot"),
                    Optional.empty(), T0);
            store.accept(turns -> LeadDraft.Complete.quarantined(lead("new-spam", "y@b.be", T0.plusSeconds(86_400 * 40)),
                    "honeypot"), Optional.empty(), T0);
            store.accept(lead("old-lead", "z@b.be", T0), managerMail(), Optional.empty());
            assertThat(store.purgeQuarantineOlderThan(T0.plusSeconds(86_400 * 10))).isEqualTo(1);
            assertThat(store.quarantined(10)).extracting(q -> q.lead().id()).containsExactly("new-spam");
            assertThat(store.list(10)).extracting(s -> s.lead().id()).containsExactly("old-lead");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOperatorCommandDoesNotCreateAStore(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp)) {
            assertThatThrownBy(() -> Databases.openExisting(db.settings())).isInstanceOf(StoreException.class)
                    .satisfies(e -> assertThat(((StoreException) e).report(db.settings())).startsWith(
                            db.settings().location() + ": error: no lead store"));
            try (LeadStore created = db.openStore()) {
                assertThat(created.count()).isZero();
            }
            try (Database existing = Databases.openExisting(db.settings())) {
                assertThat(existing.healthy()).isTrue();
            }
        }
    }

    @Test
    void aReportIsOneLineEvenWhenTheDriverSaysMore() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:sqlite:var/leads.db", "", "", 1, Duration.ofSeconds(1));
        assertThat(new StoreException("first line\n  at some.Frame\n").report(settings))
                .isEqualTo("var/leads.db: error: first line");
    }
}
