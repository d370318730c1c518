package be.storysite.generator.plan;

import java.util.Locale;

/** What a written page is; also the key of {@code BuildResult.pagesByType()} and the template a page uses. */
public enum PageKind {
    HOME("index"),
    STORY_LIST("stories"),
    STORY("story"),
    SERVICE_LIST("services"),
    SERVICE("service"),
    PAGE("page"),
    TAXONOMY("taxonomy"),
    TERM("term"),
    DOCUMENT(""),
    FEED("feed"),
    SITEMAP("sitemap"),
    ROBOTS("robots"),
    NOT_FOUND("404"),
    /** JBake's archive.html. */
    ARCHIVE("archive"),
    /** JBake's tags/&lt;tag&gt;.html. */
    TAG("tags");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    /** The template name without extension, e.g. {@code story} for {@code templates/story.ftlh}. */
    public String template() {
        return template;
    }

    /** e.g. {@code story-list}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
