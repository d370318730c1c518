package be.storysite.leads.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.leads.model.Consent;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.TestDatabase;
import be.storysite.leads.store.TestLeads;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadOpsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path temp;

    @Test
    void exportsCsvThatASpreadsheetReadsBackSafely() throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, temp); LeadStore store = db.openStore()) {
            Lead tricky = new Lead("L1", NOW, "contact", "v1", new SourcePage("/a,b/", "Titel \"quoted\"", "story", "s"),
                    "", Map.of(), "nl",
                    Map.of("name", "=HYPERLINK(\"http://evil.example\",\"klik\")", "email", "a@b.be",
                            "phone", "+32 16 29 41 10", "message", "regel 1\nregel 2, met komma", "extra", "x"),
                    new Consent(true, "2024-05"),
                    new RoutingResult("an", "An", "an@vicinia.example", "default", false, "no rule matched"));
            store.accept(tricky, TestLeads.managerMail(), Optional.empty());
            LeadOps ops = new LeadOps(store, Clock.fixed(NOW, ZoneOffset.UTC));

            StringWriter out = new StringWriter();
            ops.exportCsv(out);

            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<List<String>> rows;
            try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(out.toString())) {
                rows = it.readAll();
            }
            assertThat(rows).hasSize(2);
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < rows.get(0).size(); i++) {
                row.put(rows.get(0).get(i), rows.get(1).get(i));
            }
            assertThat(row.get("name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"klik\")");
            assertThat(row.get("phone")).isEqualTo("'+32 16 29 41 10");
            assertThat(row.get("message")).isEqualTo("regel 1\nregel 2, met komma");
            assertThat(row.get("source_url")).isEqualTo("/a,b/");
            assertThat(row.get("source_title")).isEqualTo("Titel \"quoted\"");
            assertThat(row.get("other_fields")).isEqualTo("{\"extra\":\"x\"}");
            assertThat(row.get("delivery_state")).isEqualTo("PENDING");
            assertThat(row.get("manager_email")).isEqualTo("an@vicinia.example");
        }
    }

    @Test
    void purgeForgetAndResendWorkOnTheStore() {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, temp); LeadStore store = db.openStore()) {
            store.accept(TestLeads.lead("old", "old@b.be", NOW.minus(Duration.ofDays(400))), TestLeads.managerMail(),
                    Optional.empty());
            store.accept(TestLeads.lead("new", "new@b.be", NOW.minus(Duration.ofDays(3))), TestLeads.managerMail(),
                    Optional.empty());
            LeadOps ops = new LeadOps(store, Clock.fixed(NOW, ZoneOffset.UTC));

            assertThat(ops.purgeOlderThan(RetentionAge.parse("365d"))).isEqualTo(1);
            assertThat(ops.resend("new")).hasValueSatisfying(job -> assertThat(job.nextAttemptAt()).isEqualTo(NOW));
            assertThat(ops.list(10)).singleElement().satisfies(s -> assertThat(s.jobs()).hasSize(2));
            assertThat(ops.forget("NEW@b.be")).isEqualTo(1);
            assertThat(ops.list(10)).isEmpty();
        }
    }

    @Test
    void retentionAgesHaveAUnit() {
        assertThat(RetentionAge.parse("365d")).isEqualTo(Duration.ofDays(365));
        assertThat(RetentionAge.parse("8w")).isEqualTo(Duration.ofDays(56));
        assertThat(RetentionAge.parse("12h")).isEqualTo(Duration.ofHours(12));
        assertThatThrownBy(() -> RetentionAge.parse("365")).hasMessageContaining("365d");
        assertThatThrownBy(() -> RetentionAge.parse("1y")).isInstanceOf(IllegalArgumentException.class);
    }
}
