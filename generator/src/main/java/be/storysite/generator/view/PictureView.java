package be.storysite.generator.view;

import be.storysite.generator.photo.Photo;
import be.storysite.generator.photo.Variant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A photo as templates see it ({@code content.hero}, {@code content.portrait}), for {@code macros/picture.ftlh}:
 * {@code alt}, {@code width}/{@code height} (of the widest variant: the aspect ratio the browser reserves),
 * {@code src} (the widest variant in the source's format), {@code srcset} (that format's variants) and
 * {@code sources} ({@code type}, {@code srcset}: WebP first).
 *
 * <pre>{@code
 * <@pictures.picture image=content.hero sizes="(min-width: 50rem) 50rem, 100vw" priority=true/>
 * }</pre>
 */
final class PictureView {

    private PictureView() {
    }

    static Map<String, Object> of(Photo photo) {
        Variant largest = photo.largest(photo.format());
        return Map.of("alt", photo.alt(), "width", largest.width(), "height", largest.height(), "src", largest.url(),
                "srcset", srcset(photo.variants(photo.format())), "type", largest.mimeType(),
                "sources", List.of(Map.of("type", "image/webp", "srcset", srcset(photo.variants("webp")))));
    }

    /** {@code /a-480.x.webp 480w, /a-800.y.webp 800w} */
    private static String srcset(List<Variant> variants) {
        return variants.stream().map(v -> v.url() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }
}
