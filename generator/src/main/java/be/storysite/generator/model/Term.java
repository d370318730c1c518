package be.storysite.generator.model;

import java.util.List;

/**
 * One value of a taxonomy, e.g. sector {@code welzijn}, with the published stories that have it.
 *
 * @param slug its URL form, e.g. {@code lokale-besturen}
 * @param label as written, e.g. {@code lokale besturen}; for services, the service's title
 * @param stories newest first
 */
public record Term(String slug, String label, List<Story> stories) {

    public Term {
        stories = List.copyOf(stories);
    }

    public int count() {
        return stories.size();
    }
}
