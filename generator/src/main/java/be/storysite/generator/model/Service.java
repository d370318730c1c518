package be.storysite.generator.model;

import be.storysite.generator.photo.Photo;
import java.util.Optional;

/**
 * A service page, {@code content/services/*.md}; its page lists the stories that name it.
 *
 * @param order position in lists, low first ({@code Integer.MAX_VALUE} when not given, then by title)
 * @param icon a site path of its icon, checked to exist
 * @param image a site path of its image, checked to exist
 * @param hero the photo at the top of its page ({@code hero}), checked, its variants planned
 */
public record Service(ContentMeta meta, String title, String summary, int order, Optional<String> icon,
        Optional<String> image, Optional<Photo> hero) implements Content {
}
