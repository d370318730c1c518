package be.storysite.generator.model;

import java.util.List;

/**
 * A JBake-style document outside the three content folders, e.g. {@code content/blog/2024/hallo.md} with
 * {@code type=post}: rendered with the template named after its type, at its own path with {@code .html}.
 */
public record Document(ContentMeta meta, String title, String summary, List<String> tags) implements Content {

    public Document {
        tags = List.copyOf(tags);
    }
}
