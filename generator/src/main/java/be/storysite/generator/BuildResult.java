package be.storysite.generator;

import be.storysite.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
}
