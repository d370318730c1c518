package be.storysite.cli;

import be.storysite.generator.load.ContentKind;

/** The kinds of content {@code storysite new} writes; each lives in its kind's folder under {@code content/}. */
enum ContentType {
    STORY(ContentKind.STORY),
    SERVICE(ContentKind.SERVICE),
    PAGE(ContentKind.PAGE);

    private final ContentKind kind;

    ContentType(ContentKind kind) {
        this.kind = kind;
    }

    ContentKind kind() {
        return kind;
    }

    /** The folder under {@code content/}, e.g. {@code stories}: the generator's own. */
    String folder() {
        return kind.folder();
    }
}
