package be.storysite.generator.load;

/** How a content file's body is written. */
public enum SourceFormat {
    MARKDOWN,
    /** HTML with a header: taken as it is, like JBake does. */
    HTML
}
