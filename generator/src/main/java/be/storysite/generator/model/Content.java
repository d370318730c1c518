package be.storysite.generator.model;

/**
 * A piece of content that becomes a page: a {@link Story}, {@link Service}, {@link Page} or JBake-style
 * {@link Document}.
 */
public sealed interface Content permits Story, Service, Page, Document {

    ContentMeta meta();

    String title();

    /** One or two sentences for lists and the meta description; empty when none. */
    String summary();
}
