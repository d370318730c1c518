package be.storysite.cli;

import be.storysite.generator.load.ContentKind;

/** The kinds of content {@code storysite new} writes, and the folder under {@code content/} each lives in. */
enum ContentType {
    STORY(ContentKind.STORY, "stories"),
    SERVICE(ContentKind.SERVICE, "services"),
    PAGE(ContentKind.PAGE, "pages");

    private final ContentKind kind;
    private final String folder;

    ContentType(ContentKind kind, String folder) {
        // the generator decides a file's kind by its folder: keep the two in step
        if (ContentKind.ofFolder(folder) != kind) {
            throw new IllegalStateException("the generator reads content/" + folder + "/ as " + ContentKind.ofFolder(folder));
        }
        this.kind = kind;
        this.folder = folder;
    }

    ContentKind kind() {
        return kind;
    }

    /** The folder under {@code content/}, e.g. {@code stories}. */
    String folder() {
        return folder;
    }
}
