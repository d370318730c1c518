package be.storysite.leads.ops;

import be.storysite.leads.model.SourcePage;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts leads one at a time into a {@link LeadReport}. Counting happens here rather than in SQL because the
 * topic lives in the lead's JSON fields and months are the site's (Europe/Brussels) months, which SQLite and
 * PostgreSQL would each compute their own way.
 *
 * <pre>{@code
 * LeadTally tally = new LeadTally();
 * store.forEachSince(since, stored -> tally.add(SalesLead.of(stored, zone, fields), stored.lead().source()));
 * LeadReport report = tally.report(since, store.countQuarantinedSince(since));
 * }</pre>
 */
final class LeadTally {

    private static final String NO_TOPIC = "(no topic)";
    private static final Comparator<LeadReport.Count> MOST_FIRST = Comparator.comparingLong(LeadReport.Count::leads)
            .reversed().thenComparing(LeadReport.Count::key);

    private final Map<String, Long> stories = new HashMap<>();
    private final Map<String, String> storyTitles = new HashMap<>();
    private final Map<String, Long> services = new HashMap<>();
    private final Map<YearMonth, Long> months = new TreeMap<>();
    private long otherPages;
    private long total;

    /** Counts a lead, sent from {@code page}. */
    void add(SalesLead lead, SourcePage page) {
        total++;
        if ("story".equals(page.kind()) && !page.slug().isBlank()) {
            stories.merge(page.slug(), 1L, Long::sum);
            // A story read in French and in Dutch is one story: the first title seen names it.
            storyTitles.putIfAbsent(page.slug(), page.title());
        } else {
            otherPages++;
        }
        services.merge(lead.topic().isBlank() ? NO_TOPIC : lead.topic(), 1L, Long::sum);
        months.merge(YearMonth.from(lead.received()), 1L, Long::sum);   // received is already the site's time
    }

    LeadReport report(Instant since, long quarantined) {
        List<LeadReport.Count> perStory = new ArrayList<>(stories.entrySet().stream()
                .map(e -> new LeadReport.Count(e.getKey(), storyTitles.get(e.getKey()), e.getValue()))
                .sorted(MOST_FIRST).toList());
        if (otherPages > 0) {
            perStory.add(new LeadReport.Count(LeadReport.OTHER_PAGES, LeadReport.OTHER_PAGES, otherPages));
        }
        List<LeadReport.Count> perService = services.entrySet().stream()
                .map(e -> new LeadReport.Count(e.getKey(), e.getKey(), e.getValue())).sorted(MOST_FIRST).toList();
        List<LeadReport.Count> perMonth = months.entrySet().stream()
                .map(e -> new LeadReport.Count(e.getKey().toString(), e.getKey().toString(), e.getValue())).toList();
        return new LeadReport(since, total, quarantined, perStory, perService, perMonth);
    }
}
