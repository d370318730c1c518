package be.storysite.generator.load;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.files.SiteFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads every file under {@code content/}. Nothing is skipped silently: an AsciiDoc file is an error
 * (we do not render AsciiDoc, and a story that silently disappears is worse than a failed build), any other file
 * that is not Markdown or HTML is a warning. Only hidden files ({@code .gitkeep}) are passed over. A symbolic link
 * leading outside the site folder is an error and is not read ({@link SiteFolder}).
 *
 * <pre>{@code
 * List<SourceFile> files = new ContentLoader(Set.of("nl", "fr", "en"), new SiteFolder(source))
 *         .load(source.resolve("content"), problems);
 * }</pre>
 */
public final class ContentLoader {

    private static final Set<String> ASCIIDOC = Set.of("adoc", "ad", "asciidoc");

    private final Set<String> languages;
    private final SiteFolder site;
    /** Whether the texts read are held packed ({@link PackedText#worthPacking}). */
    private final boolean pack;

    /**
     * @param languages the language codes of {@code site.yaml}: a file name suffix {@code .fr.md} must be one
     * @param site the site folder: links that lead outside it are not read
     */
    public ContentLoader(Set<String> languages, SiteFolder site) {
        this(languages, site, true);
    }

    /** @param pack whether the texts read are held packed, see {@link PackedText#worthPacking} */
    public ContentLoader(Set<String> languages, SiteFolder site, boolean pack) {
        this.languages = Set.copyOf(languages);
        this.site = site;
        this.pack = pack;
    }

    /** This loader, holding the texts it reads packed or not. */
    public ContentLoader packing(boolean pack) {
        return new ContentLoader(languages, site, pack);
    }

    public List<SourceFile> load(Path contentDir, Diagnostics problems) {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths(contentDir, problems)) {
            read(contentDir, path, problems).ifPresent(files::add);
        }
        return files;
    }

    /** Every file below {@code contentDir}, sorted, for {@link #read}; none (with a warning) without the folder. */
    public List<Path> paths(Path contentDir, Diagnostics problems) {
        if (!Files.isDirectory(contentDir)) {
            problems.warning(SourcePosition.of(contentDir), "the site has no content folder",
                    "create content/stories/, content/services/ and content/pages/");
            return List.of();
        }
        return site.files(contentDir, Integer.MAX_VALUE, problems);
    }

    /**
     * One file below {@code contentDir}, or empty when it is hidden, not content, or unreadable (reported).
     * Public for the incremental build, which re-reads only the files that changed.
     */
    public Optional<SourceFile> read(Path contentDir, Path path, Diagnostics problems) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || !site.inside(path, problems)) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ASCIIDOC.contains(extension)) {
            problems.error(SourcePosition.of(path), "AsciiDoc files are not supported: " + name,
                    "convert it to Markdown (" + name.substring(0, dot) + ".md), or move it out of content/");
            return Optional.empty();
        }
        SourceFormat format = switch (extension) {
            case "md", "markdown" -> SourceFormat.MARKDOWN;
            case "html", "htm" -> SourceFormat.HTML;
            default -> null;
        };
        if (format == null) {
            problems.warning(SourcePosition.of(path), "not a content file, left out: " + name,
                    "content/ holds .md and .html files; put images and downloads under assets/");
            return Optional.empty();
        }
        String relative = contentDir.relativize(path).toString().replace('\\', '/');
        ContentKind kind = relative.contains("/") ? ContentKind.ofFolder(relative.substring(0, relative.indexOf('/')))
                : ContentKind.DOCUMENT;
        String stem = name.substring(0, dot);
        int langDot = stem.lastIndexOf('.');
        if (langDot > 0) {
            String suffix = stem.substring(langDot + 1);
            if (!languages.contains(suffix)) {
                problems.error(SourcePosition.of(path), "file name ends in '." + suffix + "." + extension
                        + "' but '" + suffix + "' is not a language of site.yaml",
                        "use one of: " + String.join(", ", languages.stream().sorted().toList())
                                + ", or remove the dot from the name");
                return Optional.empty();
            }
        }
        String slug = langDot > 0 ? stem.substring(0, langDot) : stem;
        Optional<String> lang = langDot > 0 ? Optional.of(stem.substring(langDot + 1)) : Optional.empty();
        return decode(path, problems).map(text -> new SourceFile(path, relative, kind, format, slug, lang,
                PackedText.of(text, pack)));
    }

    private static Optional<String> decode(Path path, Diagnostics problems) {
        try {
            return Optional.of(text(path));
        } catch (CharacterCodingException e) {
            problems.error(SourcePosition.of(path), "the file is not UTF-8 text",
                    "save it as UTF-8 in your editor");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A content file's text as a build reads it: strict UTF-8, without a byte order mark. Whoever reads a file
     * again (to place a broken link) gets the same offsets.
     *
     * @throws CharacterCodingException when the file is not UTF-8
     */
    public static String text(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
