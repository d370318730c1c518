package be.storysite.generator.jbakedb;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What JBake templates call as {@code db.getPublishedContent("post")} and friends, answered from lists built
 * once per build (JBake asked its embedded database; we already hold everything in memory).
 */
public final class JBakeDb {

    private final List<Object> published;
    private final List<Object> all;
    private final Map<String, List<Object>> byTag;

    public JBakeDb(List<Object> published, List<Object> all, Map<String, List<Object>> byTag) {
        this.published = List.copyOf(published);
        this.all = List.copyOf(all);
        this.byTag = Map.copyOf(byTag);
    }

    public List<Object> getPublishedContent(String type) {
        return published.stream().filter(v -> type.equals(((Map<?, ?>) v).get("type"))).toList();
    }

    public List<Object> getAllContent(String type) {
        return all.stream().filter(v -> type.equals(((Map<?, ?>) v).get("type"))).toList();
    }

    public List<Object> getPublishedPosts() {
        return getPublishedContent("post");
    }

    public List<Object> getPublishedPages() {
        return getPublishedContent("page");
    }

    public List<Object> getPublishedPostsByTag(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    public Set<String> getAllTags() {
        return byTag.keySet();
    }
}
