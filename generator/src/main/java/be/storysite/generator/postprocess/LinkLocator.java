package be.storysite.generator.postprocess;

import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.load.ContentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds where a link was written, so that a broken link is reported at its line: first in the page's content
 * file, then in its template, then in the other templates (layouts and macros). Template texts are read once,
 * when the first broken link is looked for.
 *
 * <pre>{@code
 * locator.find("/diensten/foo/", storyFile, storyText, "story");   // content/stories/x.md:14:23
 * }</pre>
 */
public final class LinkLocator {

    private final Path templatesDir;
    /** The template texts, read on the first broken link: a build without one never reads them. */
    private Map<Path, String> templates;

    public LinkLocator(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    private synchronized Map<Path, String> templates() {
        if (templates == null) {
            Map<Path, String> read = new LinkedHashMap<>();
            if (Files.isDirectory(templatesDir)) {
                try (Stream<Path> walk = Files.walk(templatesDir)) {
                    for (Path file : walk.filter(Files::isRegularFile).filter(p -> p.toString().contains(".ftl"))
                            .sorted().toList()) {
                        read.put(file, Files.readString(file, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            templates = read;
        }
        return templates;
    }

    /**
     * @param link the attribute value as written
     * @param contentFile the page's content file, or null for a page made from a template only
     * @param contentText that file's text, or null to read it from {@code contentFile}
     * @param template the page's template file
     */
    public SourcePosition find(String link, Path contentFile, String contentText, Path template) {
        return find(link, 0, contentFile, contentText, template);
    }

    /**
     * @param occurrence how many elements before this one on the page have the same link: the second broken
     *     {@code ![](x.png)} of a story is reported at the second place it is written, not twice at the first
     */
    public SourcePosition find(String link, int occurrence, Path contentFile, String contentText, Path template) {
        List<Map.Entry<Path, String>> candidates = new ArrayList<>();
        if (contentFile != null) {
            candidates.add(Map.entry(contentFile, contentText != null ? contentText : read(contentFile)));
        }
        Map<Path, String> templates = templates();
        if (template != null && templates.containsKey(template)) {
            candidates.add(Map.entry(template, templates.get(template)));
        }
        candidates.addAll(templates.entrySet());
        // First where the text is written as a link (the target of ![..](x), href="x", logo: x), then anywhere: the
        // same text in a title or a sentence above the link is not where the link is.
        for (Map.Entry<Path, String> candidate : candidates) {
            int at = asLink(candidate.getValue(), link, occurrence);
            if (at >= 0) {
                return SourcePosition.atOffset(candidate.getKey(), candidate.getValue(), at, 1);
            }
        }
        for (Map.Entry<Path, String> candidate : candidates) {
            int at = candidate.getValue().indexOf(link);
            if (at >= 0) {
                return SourcePosition.atOffset(candidate.getKey(), candidate.getValue(), at, 1);
            }
        }
        Path fallback = contentFile != null ? contentFile : template;
        return SourcePosition.of(fallback == null ? Path.of("templates") : fallback);
    }

    /**
     * A content file's text as the loader read it ({@link ContentLoader#text}), so offsets are the same; a file
     * gone, changed or no longer UTF-8 since is placed as well as its text now allows.
     */
    static String read(Path file) {
        try {
            return ContentLoader.text(file);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The offset of the {@code occurrence}-th (from 0) {@code link} in {@code text} written as a link target: after {@code (}, {@code <},
     * a quote, {@code =} or {@code ": "}, and before {@code )}, {@code >}, a quote, a space or the line's end.
     */
    static int asLink(String text, String link, int occurrence) {
        int found = -1;
        int seen = 0;
        for (int at = text.indexOf(link); at >= 0; at = text.indexOf(link, at + 1)) {
            char before = at == 0 ? '\n' : text.charAt(at - 1);
            int end = at + link.length();
            char after = end == text.length() ? '\n' : text.charAt(end);
            boolean opens = before == '(' || before == '<' || before == '"' || before == '\'' || before == '='
                    || before == ' ' && at >= 2 && text.charAt(at - 2) == ':';
            boolean closes = after == ')' || after == '>' || after == '"' || after == '\'' || after == ' '
                    || after == '\n' || after == '\r' || after == '\t';
            if (opens && closes) {
                found = at;
                if (seen++ == occurrence) {
                    return at;
                }
            }
        }
        return found; // fewer than asked for: the last
    }
}
