package be.storysite.generator.search;

import java.util.List;

/**
 * One story as the live preview's search index keeps it: what a result shows, and its distinct terms.
 *
 * <pre>{@code
 * new Analysed("/klantverhalen/a/", "Lindebeek werkt thuis", "Gemeente Lindebeek", "Binnen drie dagen ...",
 *         List.of("lindebeek", "werkt", "thuis"));
 * }</pre>
 */
record Analysed(String url, String title, String customer, String summary, List<String> terms) {

    /** What a result shows of it (its text is analysed already: empty). */
    SearchDocument shown() {
        return new SearchDocument(url, title, customer, summary, "");
    }

    /** Whether a result shows the same of both. */
    boolean showsAs(Analysed other) {
        return url.equals(other.url) && title.equals(other.title) && customer.equals(other.customer)
                && summary.equals(other.summary);
    }
}
