package be.storysite.leads.ops;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a {@link LeadReport} for people: as text for the terminal (three tables and a footnote on what was left
 * out), as one CSV table ({@code section, key, title, leads}) or as an xlsx workbook with a sheet per section.
 *
 * <pre>{@code
 * new ReportOutput(ZoneId.of("Europe/Brussels")).text(report, out);
 * // leads since 2026-03-03 (the last 90 days): 12
 * // story                  title                     leads
 * // lindebeek-thuiswerk    Lindebeek werkt thuis     5
 * }</pre>
 */
public final class ReportOutput {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final List<String> CSV_HEADERS = List.of("section", "key", "title", "leads");

    private final ZoneId zone;

    public ReportOutput(ZoneId zone) {
        this.zone = zone;
    }

    public void text(LeadReport report, PrintWriter out) {
        out.println("leads since " + DAY.format(report.since().atZone(zone)) + ": " + report.total());
        out.println();
        TextTable stories = new TextTable(List.of("story", "title", "leads"), List.of(40, 50, 8));
        report.perStory().forEach(c -> stories.add(List.of(c.key(), c.label(), Long.toString(c.leads()))));
        stories.print(out);
        out.println();
        TextTable services = new TextTable(List.of("service (topic)", "leads"), List.of(40, 8));
        report.perService().forEach(c -> services.add(List.of(c.key(), Long.toString(c.leads()))));
        services.print(out);
        out.println();
        TextTable months = new TextTable(List.of("month", "leads"), List.of(7, 8));
        report.perMonth().forEach(c -> months.add(List.of(c.key(), Long.toString(c.leads()))));
        months.print(out);
        out.println();
        out.println(footnote(report));
    }

    /** One table: a row per count, its section ({@code story}, {@code service}, {@code month}) first. */
    public void csv(LeadReport report, Writer out, TableCsv.Dialect dialect) {
        try (TableCsv csv = new TableCsv(out, dialect, CSV_HEADERS)) {
            report.perStory().forEach(c -> csv.row(List.of("story", c.key(), c.label(), c.leads())));
            report.perService().forEach(c -> csv.row(List.of("service", c.key(), "", c.leads())));
            report.perMonth().forEach(c -> csv.row(List.of("month", c.key(), "", c.leads())));
        }
    }

    /** A sheet per section (stories, services, months) with numeric counts, and one saying what was counted. */
    public void xlsx(LeadReport report, OutputStream out) {
        try (LeadXlsx xlsx = new LeadXlsx()) {
            xlsx.sheet("stories", List.of("story", "title", "leads"));
            report.perStory().forEach(c -> xlsx.row(List.of(c.key(), c.label(), c.leads())));
            xlsx.sheet("services", List.of("service (topic)", "leads"));
            report.perService().forEach(c -> xlsx.row(List.of(c.key(), c.leads())));
            xlsx.sheet("months", List.of("month", "leads"));
            report.perMonth().forEach(c -> xlsx.row(List.of(c.key(), c.leads())));
            xlsx.sheet("about", List.of("since", "leads", "note"));
            xlsx.row(List.of(report.since().atZone(zone).toLocalDateTime(), report.total(), footnote(report)));
            xlsx.write(out);
        }
    }

    private static String footnote(LeadReport report) {
        return "Not counted: " + report.quarantined() + " lead(s) in quarantine (suspected spam, see leads spam list).";
    }
}
