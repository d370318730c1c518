package be.storysite.generator;

import be.storysite.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a build did.
 *
 * @param pagesByType files written per page type ({@code story}, {@code story-list}, {@code feed}, ...)
 * @param warnings every warning, sorted by file and line
 * @param errors every error, sorted by file and line; when there is one, nothing was written
 * @param millis wall time of the build
 * @param output the output folder
 */
public record BuildResult(Map<String, Integer> pagesByType, List<Diagnostic> warnings, List<Diagnostic> errors,
        long millis, Path output) {

    public BuildResult {
        pagesByType = Map.copyOf(pagesByType);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public int pages() {
        return pagesByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The page counts for a summary line, by type name: {@code "feed 3, home 3, story 9"}. */
    public String pagesPerType() {
        return new TreeMap<>(pagesByType).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
