package be.storysite.leads.ops;

import java.time.Instant;
import java.util.List;

/**
 * How many leads came in, per story, per service asked about and per month, so marketing sees which stories bring
 * conversations. Leads in quarantine (suspected spam) are not counted; {@link #quarantined} says how many.
 *
 * <pre>{@code
 * LeadReport report = ops.report(Duration.ofDays(90));
 * report.perStory().get(0);   // Count[key=lindebeek-thuiswerk, label=Lindebeek werkt thuis, leads=3]
 * }</pre>
 *
 * @param since the first moment counted
 * @param total the leads counted
 * @param quarantined the leads in quarantine in the same period, left out
 * @param perStory leads sent from a story's page, most first ({@code key} the story's slug, {@code label} its
 *                 title); leads sent from other pages are one last row, {@link #OTHER_PAGES}
 * @param perService leads per topic chosen in the form (the service asked about), most first
 * @param perMonth leads per month in the site's time zone ({@code 2026-06}), oldest first
 */
public record LeadReport(Instant since, long total, long quarantined, List<Count> perStory, List<Count> perService,
                         List<Count> perMonth) {

    /** The key of the row counting the leads sent from pages that are not stories. */
    public static final String OTHER_PAGES = "(other pages)";

    public LeadReport {
        perStory = List.copyOf(perStory);
        perService = List.copyOf(perService);
        perMonth = List.copyOf(perMonth);
    }

    /**
     * One line of a report.
     *
     * @param key what is counted: a story's slug, a topic, a month
     * @param label how people know it (a story's title; else the key)
     * @param leads how many leads
     */
    public record Count(String key, String label, long leads) {
    }
}
