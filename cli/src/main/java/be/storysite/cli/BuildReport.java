package be.storysite.cli;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.BuildResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints a build's outcome the way a compiler does: every warning and error as {@code path:line:col: ...} with
 * its hint, paths relative to the site folder, then one summary line.
 *
 * <pre>{@code
 * built 54 pages (story 8, story-list 3, service 4, ...), 1 warning, in 812 ms -> target/site
 * }</pre>
 */
final class BuildReport {

    private final Path site;
    private final PrintStream err;

    BuildReport(Path site, PrintStream err) {
        this.site = site;
        this.err = err;
    }

    /** Prints everything and returns the exit status: 0 without errors, 1 with. */
    int print(BuildResult result, String verb) {
        for (Diagnostic warning : result.warnings()) {
            err.println(warning.format(site));
        }
        for (Diagnostic error : result.errors()) {
            err.println(error.format(site));
        }
        if (!result.ok()) {
            err.printf("%s failed: %d error(s), %d warning(s), in %d ms; %s%n", verb, result.errors().size(),
                    result.warnings().size(), result.millis(),
                    verb.equals("check") ? "fix the errors above" : "the previous output was left untouched");
            return ExitCodes.CONTENT_ERRORS;
        }
        err.printf("%s %d pages (%s), %d warning(s), in %d ms%s%n", verb, result.pages(), perType(result.pagesByType()),
                result.warnings().size(), result.millis(),
                verb.equals("check") ? "; nothing written" : " -> " + shown(result.output()));
        return ExitCodes.OK;
    }

    private String shown(Path output) {
        Path abs = output.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static String perType(Map<String, Integer> pages) {
        return new TreeMap<>(pages).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
