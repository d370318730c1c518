package be.storysite.generator.search;

/**
 * One story as the search knows it: what a result shows, and the text its terms come from.
 *
 * <pre>{@code
 * new SearchDocument("/klantverhalen/lindebeek/", "Lindebeek werkt thuis", "Gemeente Lindebeek",
 *         "Binnen drie dagen ...", "Lindebeek werkt thuis Gemeente Lindebeek ... (body text)");
 * }</pre>
 *
 * @param url the story's page
 * @param text everything searched: title, customer, people, quote, summary, facet labels, body text
 */
public record SearchDocument(String url, String title, String customer, String summary, String text) {
}
