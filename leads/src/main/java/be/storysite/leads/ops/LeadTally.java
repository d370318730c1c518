package be.storysite.leads.ops;

import be.storysite.leads.model.Lead;
import be.storysite.leads.store.StoredLead;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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
 * LeadTally tally = new LeadTally(ZoneId.of("Europe/Brussels"));
 * store.forEachSince(since, tally::add);
 * LeadReport report = tally.report(since, store.countQuarantinedSince(since));
 * }</pre>
 */
final class LeadTally {

    private static final String NO_TOPIC = "(no topic)";
    private static final Comparator<LeadReport.Count> MOST_FIRST = Comparator.comparingLong(LeadReport.Count::leads)
            .reversed().thenComparing(LeadReport.Count::key);

    private final ZoneId zone;
    private final Map<String, Long> stories = new HashMap<>();
    private final Map<String, String> storyTitles = new HashMap<>();
    private final Map<String, Long> services = new HashMap<>();
    private final Map<YearMonth, Long> months = new TreeMap<>();
    private long otherPages;
    private long total;

    LeadTally(ZoneId zone) {
        this.zone = zone;
    }

    void add(StoredLead stored) {
        Lead lead = stored.lead();
        total++;
        if ("story".equals(lead.source().kind()) && !lead.source().slug().isBlank()) {
            stories.merge(lead.source().slug(), 1L, Long::sum);
            // A story read in French and in Dutch is one story: the first title seen names it.
            storyTitles.putIfAbsent(lead.source().slug(), lead.source().title());
        } else {
            otherPages++;
        }
        String topic = lead.field("topic");
        services.merge(topic.isBlank() ? NO_TOPIC : topic, 1L, Long::sum);
        months.merge(YearMonth.from(lead.receivedAt().atZone(zone)), 1L, Long::sum);
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
