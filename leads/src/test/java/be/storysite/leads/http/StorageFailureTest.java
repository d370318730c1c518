package be.storysite.leads.http;

import static be.storysite.leads.http.TestService.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.store.DatabaseSettings;
import be.storysite.leads.store.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the database cannot take the lead, the visitor gets a 503 that offers the routed manager's address, never
 * a thank-you; and {@code /healthz} says so. The failure is real: another connection holds a lock (SQLite's write
 * lock, or PostgreSQL's exclusive lock on the leads table) longer than the service's lock timeout.
 */
class StorageFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static String database(DatabaseSettings settings) {
        String credentials = settings.user().isEmpty() ? ""
                : ", user: \"" + settings.user() + "\", password: \"" + settings.password() + "\"";
        return "database: {url: \"" + settings.url() + "\"" + credentials + ", lock_timeout_ms: 300}\n";
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void whileTheDatabaseIsUnavailablePostsGet503WithTheManagersAddress(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, temp);
             TestService service = TestService.start(temp, TestService.GENEROUS_RATE,
                     database(db.settings()) + "delivery: {enabled: false}\n");
             Connection other = DriverManager.getConnection(db.settings().url(), db.settings().user(),
                     db.settings().password());
             Statement blocker = other.createStatement()) {
            // SQLite: take the write lock; PostgreSQL: lock the leads table, in a transaction that stays open.
            blocker.execute(kind == TestDatabase.Kind.SQLITE ? "BEGIN IMMEDIATE"
                    : "BEGIN; LOCK TABLE leads IN ACCESS EXCLUSIVE MODE");

            HttpResponse<String> form = service.postForm("contact", validForm());
            assertThat(form.statusCode()).isEqualTo(503);
            assertThat(form.headers().firstValue("Location")).isEmpty();
            assertThat(form.body()).contains("Je vraag is niet verzonden", "mailto:an.peeters@vicinia.example",
                    "An Peeters", "tel:+3216294110", "value=\"Els Peeters\"").doesNotContain("bedankt");

            HttpResponse<String> json = service.postJson("contact", JSON.writeValueAsString(validForm()));
            assertThat(json.statusCode()).isEqualTo(503);
            JsonNode contact = JSON.readTree(json.body()).get("contact");
            assertThat(contact.get("email").asText()).isEqualTo("an.peeters@vicinia.example");
            assertThat(JSON.readTree(json.body()).has("id")).isFalse();

            HttpResponse<String> health = service.send(HttpRequest.newBuilder(service.uri("/healthz")).GET());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"storage\":\"unavailable\"");

            blocker.execute("ROLLBACK");
            assertThat(service.postForm("contact", validForm()).statusCode()).isEqualTo(303);
            assertThat(service.send(HttpRequest.newBuilder(service.uri("/healthz")).GET()).statusCode())
                    .isEqualTo(200);
            assertThat(service.store().count()).isEqualTo(1);
        }
    }
}
