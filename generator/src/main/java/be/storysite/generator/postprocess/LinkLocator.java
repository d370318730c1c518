package be.storysite.generator.postprocess;

import be.storysite.core.diagnostic.SourcePosition;
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
     * @param contentText that file's text
     * @param template the page's template file
     */
    public SourcePosition find(String link, Path contentFile, String contentText, Path template) {
        List<Map.Entry<Path, String>> candidates = new ArrayList<>();
        if (contentFile != null) {
            candidates.add(Map.entry(contentFile, contentText));
        }
        Map<Path, String> templates = templates();
        if (template != null && templates.containsKey(template)) {
            candidates.add(Map.entry(template, templates.get(template)));
        }
        candidates.addAll(templates.entrySet());
        for (Map.Entry<Path, String> candidate : candidates) {
            int at = candidate.getValue().indexOf(link);
            if (at >= 0) {
                return position(candidate.getKey(), candidate.getValue(), at);
            }
        }
        Path fallback = contentFile != null ? contentFile : template;
        return SourcePosition.of(fallback == null ? Path.of("templates") : fallback);
    }

    private static SourcePosition position(Path file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourcePosition.of(file, line, offset - lineStart + 1);
    }
}
