package be.storysite.leads.model;

/**
 * The page a lead came from, as the page itself declared it in hidden fields.
 *
 * @param url absolute or site-relative URL of the page
 * @param title the page title
 * @param kind {@code story}, {@code service} or {@code page}
 * @param slug the story's or service's slug, empty for other pages
 */
public record SourcePage(String url, String title, String kind, String slug) {

    public SourcePage {
        url = url == null ? "" : url;
        title = title == null ? "" : title;
        kind = kind == null ? "" : kind;
        slug = slug == null ? "" : slug;
    }
}
