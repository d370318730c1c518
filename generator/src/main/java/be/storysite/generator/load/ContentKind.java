package be.storysite.generator.load;

import java.util.Optional;

/** What a content file is, from the folder it lies in. */
public enum ContentKind {
    /** {@code content/stories/}: a customer story. */
    STORY("story", "stories"),
    /** {@code content/services/}: a service page. */
    SERVICE("service", "services"),
    /** {@code content/pages/}: a free page. */
    PAGE("page", "pages"),
    /** Any other folder: a JBake-style document whose {@code type} header names its template. */
    DOCUMENT("document", "");

    private final String type;
    private final String folder;

    ContentKind(String type, String folder) {
        this.type = type;
        this.folder = folder;
    }

    /** The content type word, as in {@code type: story}. */
    public String type() {
        return type;
    }

    /** The folder under {@code content/} that holds this kind, e.g. {@code stories}; empty for documents. */
    public String folder() {
        return folder;
    }

    /** The kind of a file whose first folder under {@code content/} is {@code folder}. */
    public static ContentKind ofFolder(String folder) {
        for (ContentKind kind : values()) {
            if (!kind.folder.isEmpty() && kind.folder.equals(folder)) {
                return kind;
            }
        }
        return DOCUMENT;
    }

    public static Optional<ContentKind> ofType(String type) {
        for (ContentKind kind : values()) {
            if (kind.type.equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
