package be.storysite.generator.model;

/**
 * A free page, {@code content/pages/*.md}, served at {@code /<slug>/}.
 *
 * @param form whether the page ends with the contact form (e.g. the contact page)
 */
public record Page(ContentMeta meta, String title, String summary, boolean form) implements Content {
}
