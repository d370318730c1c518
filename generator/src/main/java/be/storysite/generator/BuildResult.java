package be.storysite.generator;

import be.storysite.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * @param stoppedAfter the step after which the build stopped because its errors make the later checks meaningless
 *     (no {@code site.yaml}, an unreadable template folder, ...); empty when everything was checked
 * @param shownOnPages a preview's errors in content files that it shows as drafts listing them instead of failing
 *     ({@code build} and {@code check} report them as errors); empty in other builds
 */
public record BuildResult(Map<String, Integer> pagesByType, List<Diagnostic> warnings, List<Diagnostic> errors,
        long millis, Path output, Optional<String> stoppedAfter, List<Diagnostic> shownOnPages) {

    public BuildResult {
        pagesByType = Map.copyOf(pagesByType);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        stoppedAfter = stoppedAfter == null ? Optional.empty() : stoppedAfter;
        shownOnPages = shownOnPages == null ? List.of() : List.copyOf(shownOnPages);
    }

    /** A result of a build that checked everything it was asked to. */
    public BuildResult(Map<String, Integer> pagesByType, List<Diagnostic> warnings, List<Diagnostic> errors,
            long millis, Path output) {
        this(pagesByType, warnings, errors, millis, output, Optional.empty(), List.of());
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
