package be.storysite.generator.load;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One content file as read from disk.
 *
 * <pre>{@code
 * // content/stories/lindebeek-thuiswerk.fr.md
 * file.slug();          // "lindebeek-thuiswerk"
 * file.langFromName();  // Optional[fr]
 * }</pre>
 *
 * @param path the file, as given to diagnostics
 * @param relative its path below {@code content/}, with {@code /} separators, e.g. {@code stories/haacht.md}
 * @param kind what the folder says it is
 * @param format Markdown or HTML
 * @param slug the file name without extension and language suffix
 * @param langFromName the language suffix of the name, if any
 * @param packed the whole file, packed: every file is held from {@code load} to the end of {@code parse}
 *     ({@link #text()} unpacks it); the model keeps the file {@link #withoutText()}
 */
public record SourceFile(Path path, String relative, ContentKind kind, SourceFormat format, String slug,
        Optional<String> langFromName, PackedText packed) {

    /** @param text the whole file */
    public SourceFile(Path path, String relative, ContentKind kind, SourceFormat format, String slug,
            Optional<String> langFromName, String text) {
        this(path, relative, kind, format, slug, langFromName, PackedText.of(text));
    }

    /** The whole file, unpacked anew at each call; not after {@link #withoutText()}. */
    public String text() {
        return packed.text();
    }

    /**
     * This file without its text, as the model keeps it: after {@code parse} the text is needed only to place a
     * broken link, which reads the file again (1.9 KB packed per story, 190 MB at 100,000 stories).
     */
    public SourceFile withoutText() {
        return new SourceFile(path, relative, kind, format, slug, langFromName, PackedText.DROPPED);
    }
}
