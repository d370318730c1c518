package be.storysite.generator.photo;

import be.storysite.core.diagnostic.SourcePosition;
import java.nio.file.Path;
import java.util.List;

/**
 * A photo named in front matter ({@code hero: images/photos/stadhuis.jpg}), checked to be a JPEG or PNG within the
 * limits, with the variants the build makes of it (planned here, encoded by the {@code images} step).
 *
 * <pre>{@code
 * photo.variants("webp");   // the WebP variants, narrow to wide
 * photo.largest("jpeg");    // the widest JPEG: the {@code <img src>} for browsers without srcset
 * }</pre>
 *
 * @param field the front-matter key that names it ({@code hero}, {@code portrait})
 * @param sitePath the source's site path, e.g. {@code /assets/images/photos/stadhuis.jpg}
 * @param file the source file
 * @param alt its text alternative, in the page's language
 * @param width the source's width in pixels
 * @param height the source's height in pixels
 * @param format the source's format, {@code jpeg} or {@code png}: the fallback variants are in it too
 * @param position where the front matter names it, for errors found when it is encoded
 * @param variants every variant: each width in WebP, then each in the source's format
 */
public record Photo(String field, String sitePath, Path file, String alt, int width, int height, String format,
        SourcePosition position, List<Variant> variants) {

    public Photo {
        variants = List.copyOf(variants);
    }

    /** The variants in {@code format}, narrow to wide. */
    public List<Variant> variants(String format) {
        return variants.stream().filter(v -> v.format().equals(format)).toList();
    }

    /** The widest variant in {@code format}. */
    public Variant largest(String format) {
        List<Variant> all = variants(format);
        return all.get(all.size() - 1);
    }
}
