package be.storysite.leads.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.model.Consent;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import be.storysite.leads.store.JdbcDeliveryQueue;
import be.storysite.leads.store.LeadDraft;
import be.storysite.leads.store.LeadStore;
import be.storysite.leads.store.NewJob;
import be.storysite.leads.store.TestDatabase;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import be.storysite.forms.FormsConfig;
import be.storysite.forms.FormsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Acceptance 5, sales: {@code leads list}'s columns, the xlsx export read back with POI, the Excel CSV and the
 * report's figures, on one known set of leads in both stores. The times straddle the switch to summer time and a
 * month boundary that exists only in Brussels time, so a UTC time or a wrong zone shows.
 */
class SalesOpsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"klik\")";

    @TempDir
    Path temp;

    /** Before 01:00 UTC on 29 March Brussels is still on winter time (UTC+1). */
    private static final Lead WINTER = lead("A-winter", "2026-03-29T00:30:00Z", FORMULA, "Gemeente Lindebeek",
            "werkplek-in-de-cloud", new SourcePage("/klantverhalen/lindebeek-thuiswerk/", "Lindebeek werkt thuis",
                    "story", "lindebeek-thuiswerk"));
    /** 31 May 22:30 UTC is 1 June 00:30 in Brussels (UTC+2): a June lead. */
    private static final Lead JUNE = lead("B-june", "2026-05-31T22:30:00Z", "Claire Dubois",
            "Centre public d'action sociale de la commune de Lindebeek-sur-Mer", "werkplek-in-de-cloud",
            new SourcePage("/fr/temoignages/lindebeek-thuiswerk/", "Lindebeek travaille à domicile", "story",
                    "lindebeek-thuiswerk"));
    private static final Lead MAY = lead("C-may", "2026-05-10T09:15:00Z", "Jan Janssens", "OCMW Heidegem",
            "datacenter-hosting", new SourcePage("/diensten/datacenter-hosting/", "Datacenter en hosting", "service",
                    "datacenter-hosting"));
    /** Older than 90 days: exported, not in the report of the last 90 days. */
    private static final Lead OLD = lead("D-old", "2025-12-01T10:00:00Z", "Piet Peeters", "Politiezone Haspenvelde",
            "cyberbeveiliging", new SourcePage("/", "Vicinia", "page", ""));
    private static final Lead SPAM = lead("E-spam", "2026-05-20T10:00:00Z", "Bot", "Spam BV", "iets-anders",
            new SourcePage("/contact/", "Contact", "page", "contact"));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void listShowsTheSalespersonsColumnsInLocalTime(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = filled(db)) {
            LeadOps ops = ops(store);

            List<SalesLead> recent = ops.sales(10, Duration.ofDays(30));
            assertThat(recent).extracting(SalesLead::id).containsExactly("B-june", "C-may");
            SalesLead june = recent.get(0);
            assertThat(june.received()).isEqualTo(LocalDateTime.of(2026, 6, 1, 0, 30));
            assertThat(june.state()).isEqualTo("dead");
            assertThat(recent.get(1).state()).isEqualTo("pending");
            assertThat(ops.sales(10, null)).extracting(SalesLead::id)
                    .containsExactly("B-june", "C-may", "A-winter", "D-old");
            assertThat(ops.sales(10, null).get(2).state()).isEqualTo("delivered");

            StringWriter text = new StringWriter();
            SalesColumns.listTable(ops.sales(10, null)).print(new PrintWriter(text, true));
            List<String> lines = text.toString().lines().toList();
            assertThat(lines.get(0).split("\\s{2,}")).containsExactly("received", "name", "organisation", "topic",
                    "story or page", "manager", "state", "id");
            assertThat(lines.get(1).split("\\s{2,}")).containsExactly("2026-06-01 00:30", "Claire Dubois",
                    "Centre public d'action soci…", "werkplek-in-de-cloud", "Lindebeek travaille à domicile",
                    "An Claes", "dead", "B-june");
            assertThat(lines.get(3)).startsWith("2026-03-29 01:30").contains("Lindebeek werkt thuis")
                    .endsWith("A-winter");
            // aligned: every line has its id column at the same place
            int idColumn = lines.get(0).indexOf("id");
            assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.substring(idColumn))
                    .matches("[A-E]-[a-z]+"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void xlsxExportHasTypedLocalDatesAndTextThatIsNeverAFormula(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = filled(db)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ops(store).exportXlsx(bytes);

            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                Sheet sheet = book.getSheet("leads");
                List<String> headers = cells(sheet.getRow(0)).stream().map(Cell::getStringCellValue).toList();
                assertThat(headers).startsWith("received", "name", "organisation", "topic", "story or page",
                        "manager", "state").endsWith("id").doesNotContain("form_version", "rule_id", "routing_reason",
                        "last_reply", "privacy_version");
                assertThat(sheet.getLastRowNum()).isEqualTo(4);   // quarantine left out
                assertThat(sheet.getColumnWidth(0)).as("a date fits, no ####").isGreaterThanOrEqualTo(17 * 256);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                Row winter = sheet.getRow(2);
                assertThat(winter.getCell(headers.indexOf("id")).getStringCellValue()).isEqualTo("A-winter");
                Cell received = winter.getCell(0);
                assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
                assertThat(received.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 30));
                assertThat(sheet.getRow(4).getCell(0).getLocalDateTimeCellValue())
                        .isEqualTo(LocalDateTime.of(2026, 6, 1, 0, 30));
                Cell name = winter.getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(FORMULA);   // as typed, no apostrophe, not run
                assertThat(winter.getCell(headers.indexOf("phone")).getCellType()).isEqualTo(CellType.STRING);
                assertThat(winter.getCell(headers.indexOf("phone")).getStringCellValue()).isEqualTo("+32 16 29 41 10");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = "SQLITE")
    void excelCsvHasAByteOrderMarkSemicolonsLocalTimesAndCrlf(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = filled(db)) {
            StringWriter out = new StringWriter();
            ops(store).exportExcelCsv(out);

            String csv = out.toString();
            assertThat(csv).startsWith("\uFEFFreceived;name;organisation;topic;\"story or page\";manager;state;");
            assertThat(csv.split("\r\n", -1)).hasSize(6);   // header, four leads, and the empty rest after the last CRLF
            assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<List<String>> rows;
            try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(';')).readValues(csv.substring(1))) {
                rows = it.readAll();
            }
            List<String> headers = rows.get(0);
            List<String> winter = rows.get(2);
            assertThat(winter.subList(0, 4)).containsExactly("2026-03-29 01:30", "'" + FORMULA, "Gemeente Lindebeek",
                    "werkplek-in-de-cloud");
            assertThat(winter.get(headers.indexOf("phone"))).isEqualTo("'+32 16 29 41 10");
            assertThat(winter.get(headers.indexOf("id"))).isEqualTo("A-winter");
            assertThat(rows.get(4).get(0)).isEqualTo("2026-06-01 00:30");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void reportCountsPerStoryServiceAndBrusselsMonth(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = filled(db)) {
            LeadReport report = ops(store).report(Duration.ofDays(90));

            assertThat(report.total()).isEqualTo(3);
            assertThat(report.quarantined()).isEqualTo(1);
            assertThat(report.perStory()).containsExactly(
                    new LeadReport.Count("lindebeek-thuiswerk", "Lindebeek werkt thuis", 2),
                    new LeadReport.Count(LeadReport.OTHER_PAGES, LeadReport.OTHER_PAGES, 1));
            assertThat(report.perService()).extracting(LeadReport.Count::key, LeadReport.Count::leads)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("werkplek-in-de-cloud", 2L),
                            org.assertj.core.groups.Tuple.tuple("datacenter-hosting", 1L));
            assertThat(report.perMonth()).extracting(LeadReport.Count::key, LeadReport.Count::leads)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-03", 1L),
                            org.assertj.core.groups.Tuple.tuple("2026-05", 1L),
                            org.assertj.core.groups.Tuple.tuple("2026-06", 1L));
            assertThat(ops(store).report(null).total()).isEqualTo(4);

            StringWriter text = new StringWriter();
            new ReportOutput(BRUSSELS).text(report, new PrintWriter(text, true));
            assertThat(text.toString()).contains("leads since 2026-03-03: 3")
                    .containsPattern("lindebeek-thuiswerk +Lindebeek werkt thuis +2")
                    .containsPattern("2026-06 +1").contains("Not counted: 1 lead(s) in quarantine");

            StringWriter csv = new StringWriter();
            new ReportOutput(BRUSSELS).csv(report, csv, TableCsv.Dialect.STANDARD);
            assertThat(csv.toString().lines()).containsExactly("section,key,title,leads",
                    "story,lindebeek-thuiswerk,\"Lindebeek werkt thuis\",2",
                    "story,\"(other pages)\",\"(other pages)\",1", "service,werkplek-in-de-cloud,,2",
                    "service,datacenter-hosting,,1", "month,2026-03,,1", "month,2026-05,,1", "month,2026-06,,1");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = "SQLITE")
    void reportAsXlsxHasNumericCounts(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, temp); LeadStore store = filled(db)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new ReportOutput(BRUSSELS).xlsx(ops(store).report(Duration.ofDays(90)), bytes);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
                Row story = book.getSheet("stories").getRow(1);
                assertThat(story.getCell(0).getStringCellValue()).isEqualTo("lindebeek-thuiswerk");
                assertThat(story.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(story.getCell(2).getNumericCellValue()).isEqualTo(2.0);
                assertThat(book.getSheet("months").getLastRowNum()).isEqualTo(3);
                assertThat(book.getSheet("about").getRow(1).getCell(2).getStringCellValue())
                        .contains("1 lead(s) in quarantine");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aFormNamesItsSalesFieldsThroughAutocompleteTokens() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("contact-forms"));
        Files.writeString(dir.resolve("offerte.yaml"), """
                title: {nl: Offerte, fr: Offre, en: Quote}
                submit_label: {nl: Verstuur, fr: Envoyer, en: Send}
                fields:
                  - {name: volledige_naam, type: text, label: {nl: Naam, fr: Nom, en: Name}, autocomplete: name}
                  - {name: mail, type: email, label: {nl: E-mail, fr: E-mail, en: E-mail}, autocomplete: work email}
                  - {name: bestuur, type: text, label: {nl: Bestuur, fr: Administration, en: Organisation},
                     autocomplete: organization}
                consent:
                  text: {nl: Akkoord, fr: Accord, en: Agreed}
                  privacy_version: "2024-05"
                thank_you_page: {nl: /bedankt/, fr: /fr/merci/, en: /en/thanks/}
                error_page: {nl: /fout/, fr: /fr/erreur/, en: /en/error/}
                """);
        Files.writeString(dir.resolve("routing.yaml"), """
                default_owner: desk
                managers:
                  - {id: desk, name: Sales desk, email: desk@vicinia.be}
                """);
        FormsConfig forms = FormsLoader.load(dir);
        assertThat(SalesFields.of(forms.form("offerte"))).satisfies(f -> {
            assertThat(f.name()).isEqualTo("volledige_naam");
            assertThat(f.organisation()).isEqualTo("bestuur");
            assertThat(f.email()).isEqualTo("mail");
            assertThat(f.phone()).isEqualTo("phone");   // no field says tel: the usual name
        });

        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, temp); LeadStore store = db.openStore()) {
            Lead quote = new Lead("Q1", NOW, "offerte", "v1", new SourcePage("/offerte/", "Offerte", "page", "offerte"),
                    "", Map.of(), "nl", Map.of("volledige_naam", "Els Peeters", "bestuur", "Gemeente Lindebeek",
                            "mail", "els@lindebeek.example"), new Consent(true, "2024-05"),
                    new RoutingResult("desk", "Sales desk", "desk@vicinia.be", "default", false, "no rule matched"));
            Lead gone = lead("Q0", "2026-05-01T10:00:00Z", "Jan Janssens", "OCMW Heidegem", "cyberbeveiliging",
                    new SourcePage("/", "Vicinia", "page", ""));
            gone = new Lead(gone.id(), gone.receivedAt(), "oud-formulier", "v0", gone.source(), "", Map.of(), "nl",
                    gone.fields(), gone.consent(), gone.routing());
            store.accept(quote, List.of(), Optional.empty());
            store.accept(gone, List.of(), Optional.empty());

            List<SalesLead> leads = new LeadOps(store, Clock.fixed(NOW, BRUSSELS), SalesFields.of(forms)).sales(10, null);
            assertThat(leads).extracting(SalesLead::name, SalesLead::organisation, SalesLead::email).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Els Peeters", "Gemeente Lindebeek", "els@lindebeek.example"),
                    org.assertj.core.groups.Tuple.tuple("Jan Janssens", "OCMW Heidegem", "Q0@example.be"));
        }
    }

    private static LeadOps ops(LeadStore store) {
        return new LeadOps(store, Clock.fixed(NOW, BRUSSELS));
    }

    private static List<Cell> cells(Row row) {
        List<Cell> cells = new java.util.ArrayList<>();
        row.forEach(cells::add);
        return cells;
    }

    /** The known set: four leads, one delivered, one given up, two pending, and one in quarantine. */
    private static LeadStore filled(TestDatabase db) {
        LeadStore store = db.openStore();
        for (Lead lead : List.of(WINTER, JUNE, MAY, OLD)) {
            store.accept(lead, List.of(new NewJob(DeliveryChannel.MANAGER_MAIL, "an@vicinia.example")), Optional.empty());
        }
        store.accept(turns -> LeadDraft.Complete.quarantined(SPAM, "time trap"), Optional.empty(), SPAM.receivedAt());
        JdbcDeliveryQueue queue = new JdbcDeliveryQueue(store.database(), UnaryOperator.identity());
        queue.claim("test", 10, Duration.ofMinutes(5), NOW).forEach(claimed -> {
            switch (claimed.lead().id()) {
                case "A-winter" -> queue.delivered(claimed.job().id(), "250 Ok", NOW);
                case "B-june" -> queue.dead(claimed.job().id(), "550 no such user", NOW);
                default -> queue.retryLater(claimed.job().id(), "451 later", NOW.plusSeconds(60));
            }
        });
        return store;
    }

    private static Lead lead(String id, String at, String name, String organisation, String topic, SourcePage page) {
        return new Lead(id, Instant.parse(at), "contact", "v1", page, "", Map.of(), "nl",
                Map.of("name", name, "email", id + "@example.be", "phone", "+32 16 29 41 10",
                        "organisation", organisation, "topic", topic, "message", "Bel me terug"),
                new Consent(true, "2024-05"),
                new RoutingResult("an", "An Claes", "an@vicinia.example", "default", false, "no rule matched"));
    }
}
