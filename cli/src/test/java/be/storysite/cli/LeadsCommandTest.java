package be.storysite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.SiteGenerator;
import be.storysite.leads.app.LeadServer;
import be.storysite.leads.config.LeadsConfigLoader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storysite leads list|export|report|resend|forget|purge|spam} on a store filled through the real endpoint. */
class LeadsCommandTest {

    private static final Path FORMS = CliRun.EXAMPLE.resolve("contact-forms");

    @TempDir
    Path dir;

    @Test
    void operatesTheStoreTheServiceWrote() throws Exception {
        Path yaml = twoLeadsPosted();

        CliRun list = CliRun.of("leads", "list", "--config", yaml.toString());
        assertThat(list.status()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(0).split("\\s{2,}")).containsExactly("received", "name", "organisation", "topic",
                "story or page", "manager", "state", "id");
        assertThat(lines).hasSize(3);
        String today = LocalDate.now(SiteGenerator.SITE_ZONE).toString();
        // newest first: Heidegem was posted last
        assertThat(lines.get(1).split("\\s{2,}")).startsWith(lines.get(1).substring(0, 16), "Tess Tester",
                "OCMW Heidegem", "werkplek-in-de-cloud").contains("Bram Claes", "pending");
        assertThat(lines.get(1)).startsWith(today);
        assertThat(lines.get(2)).contains("Gemeente Lindebeek").contains("An Peeters");
        assertThat(CliRun.of("leads", "list", "--since", "a month", "--config", yaml.toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("leads", "list", "--since", "30d", "--config", yaml.toString()).out().lines()).hasSize(3);

        CliRun export = CliRun.of("leads", "export", "--format", "csv", "--config", yaml.toString());
        assertThat(export.status()).isZero();
        assertThat(export.out().lines().count()).isEqualTo(3); // header + two leads
        assertThat(export.out()).startsWith("id,received_at,form,form_version,"); // unchanged for existing scripts
        String[] cells = lines.get(2).split("\\s+");
        String id = cells[cells.length - 1];

        CliRun resend = CliRun.of("leads", "resend", id, "--config", yaml.toString());
        assertThat(resend.status()).isZero();
        assertThat(resend.out()).contains("an.peeters@vicinia.example");
        assertThat(CliRun.of("leads", "resend", "no-such-id", "--config", yaml.toString()).status()).isEqualTo(1);

        CliRun forget = CliRun.of("leads", "forget", "els@lindebeek.example", "--config", yaml.toString());
        assertThat(forget.out()).contains("deleted 1 lead(s)");
        assertThat(CliRun.of("leads", "list", "--config", yaml.toString()).out()).doesNotContain("Lindebeek").contains("Heidegem");

        assertThat(CliRun.of("leads", "purge", "--older-than", "a year", "--config", yaml.toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("leads", "purge", "--older-than", "0h", "--config", yaml.toString()).out()).contains("deleted 1 lead(s)");
        assertThat(CliRun.of("leads", "list", "--config", yaml.toString()).out()).isBlank();
    }

    @Test
    void spamListAndReleaseOperateTheQuarantine() throws Exception {
        Path yaml = serviceConfig();
        try (LeadServer server = LeadServer.start(LeadsConfigLoader.load(Optional.of(yaml), dir, Map.of()))) {
            assertThat(post(server.port(), "snel@lindebeek.example", "Gemeente Lindebeek", "1200").statusCode())
                    .isEqualTo(303);
        }
        assertThat(CliRun.of("leads", "list", "--config", yaml.toString()).out()).isBlank();
        CliRun spam = CliRun.of("leads", "spam", "list", "--config", yaml.toString());
        assertThat(spam.status()).isZero();
        assertThat(spam.out()).contains("Gemeente Lindebeek").contains("snel@lindebeek.example")
                .contains("-> an-peeters  time trap: sent 1200 ms after the page loaded (minimum 3000 ms)");
        String id = spam.out().split("\\s+")[0];

        CliRun release = CliRun.of("leads", "spam", "release", id, "--config", yaml.toString());
        assertThat(release.status()).isZero();
        assertThat(release.out()).isEqualTo("released: lead " + id + " queued for an.peeters@vicinia.example "
                + "(1 delivery job(s))" + System.lineSeparator());
        CliRun again = CliRun.of("leads", "spam", "release", id, "--config", yaml.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("is not in quarantine (released before?): nothing queued");
        assertThat(CliRun.of("leads", "spam", "release", "no-such-id", "--config", yaml.toString()).status())
                .isEqualTo(1);
        assertThat(CliRun.of("leads", "spam", "list", "--config", yaml.toString()).out()).isBlank();
        assertThat(CliRun.of("leads", "list", "--config", yaml.toString()).out()).contains(id)
                .contains("pending");
    }

    @Test
    void exportsSpreadsheetsAndReportsPerStory() throws Exception {
        Path yaml = twoLeadsPosted();
        Path xlsx = dir.resolve("leads.xlsx");
        CliRun export = CliRun.of("leads", "export", "--format", "xlsx", "--output", xlsx.toString(), "--config",
                yaml.toString());
        assertThat(export.status()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheet("leads").getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("leads").getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.now(SiteGenerator.SITE_ZONE));
        }
        assertThat(dir.resolve("leads.xlsx.part")).doesNotExist();
        CliRun unwritable = CliRun.of("leads", "export", "--format", "xlsx", "--output",
                dir.resolve("no-such-folder/leads.xlsx").toString(), "--config", yaml.toString());
        assertThat(unwritable.status()).isEqualTo(1);
        assertThat(unwritable.err()).startsWith(dir.resolve("no-such-folder/leads.xlsx") + ": error: cannot write the file");
        assertThat(CliRun.of("leads", "export", "--format", "xlsx", "--config", yaml.toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("leads", "export", "--format", "pdf", "--config", yaml.toString()).status()).isEqualTo(2);

        Path csv = dir.resolve("leads.csv");
        assertThat(CliRun.of("leads", "export", "--format", "csv", "--excel", "--output", csv.toString(), "--config",
                yaml.toString()).status()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("received;name;organisation;").contains("\r\n");

        CliRun report = CliRun.of("leads", "report", "--config", yaml.toString());
        assertThat(report.status()).isZero();
        assertThat(report.out()).contains("leads since").containsPattern("lindebeek-thuiswerk +.* 2")
                .containsPattern("werkplek-in-de-cloud +2").contains("Not counted: 0 lead(s) in quarantine");
        CliRun reportCsv = CliRun.of("leads", "report", "--since", "30d", "--format", "csv", "--config", yaml.toString());
        assertThat(reportCsv.out().lines()).first().isEqualTo("section,key,title,leads");
        assertThat(reportCsv.out()).contains("service,werkplek-in-de-cloud,,2");
        assertThat(CliRun.of("leads", "report", "--format", "csv", "--excel", "--config", yaml.toString()).out())
                .startsWith("\uFEFFsection;key;title;leads\r\n");
        assertThat(CliRun.of("leads", "report", "--since", "soon", "--config", yaml.toString()).status()).isEqualTo(2);
    }

    @Test
    void aConfigurationErrorNamesTheFileAndLine() throws Exception {
        Path yaml = dir.resolve("leads.yaml");
        Files.writeString(yaml, "contact_forms: %s\ndatabse: {url: x}\n".formatted(FORMS));
        CliRun run = CliRun.of("leads", "list", "--config", yaml.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("leads.yaml:2:1: error:").contains("databse");
    }

    /** Posts a lead from Gemeente Lindebeek, then one from OCMW Heidegem, through the real service; its config. */
    private Path twoLeadsPosted() throws Exception {
        Path yaml = serviceConfig();
        try (LeadServer server = LeadServer.start(LeadsConfigLoader.load(Optional.of(yaml), dir, Map.of()))) {
            assertThat(post(server.port(), "els@lindebeek.example", "Gemeente Lindebeek").statusCode()).isEqualTo(303);
            assertThat(post(server.port(), "jan@heidegem.example", "OCMW Heidegem").statusCode()).isEqualTo(303);
        }
        return yaml;
    }

    /** The service's file: SQLite and Maildir in the test's folder, delivery off (the store is what is checked). */
    private Path serviceConfig() throws Exception {
        Path yaml = dir.resolve("leads.yaml");
        Files.writeString(yaml, """
                contact_forms: %s
                database: {url: "jdbc:sqlite:%s"}
                http: {port: 0, allowed_origins: ["https://www.vicinia.example"]}
                mail: {transport: maildir, maildir: %s, from: leads@vicinia.example}
                delivery: {enabled: false}
                """.formatted(FORMS, dir.resolve("leads.db"), dir.resolve("mail")));
        return yaml;
    }

    private static HttpResponse<String> post(int port, String email, String organisation) throws Exception {
        return post(port, email, organisation, null);
    }

    private static HttpResponse<String> post(int port, String email, String organisation, String elapsedMillis)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        if (elapsedMillis != null) {
            form.put("elapsed_ms", elapsedMillis);
        }
        form.put("name", "Tess Tester");
        form.put("email", email);
        form.put("organisation", organisation);
        form.put("organisation_type", organisation.startsWith("OCMW") ? "ocmw" : "gemeente");
        form.put("municipality", organisation.replaceAll(".* ", ""));
        form.put("postcode", "3000");
        form.put("topic", "werkplek-in-de-cloud");
        form.put("message", "Graag meer uitleg.");
        form.put("consent", "yes");
        form.put("lang", "nl");
        form.put("source_kind", "story");
        form.put("source_slug", "lindebeek-thuiswerk");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/leads/contact"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://www.vicinia.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

}
