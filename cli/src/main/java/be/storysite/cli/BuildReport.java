package be.storysite.cli;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.BuildResult;
import java.io.PrintWriter;
import java.nio.file.Path;

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
    private final PrintWriter err;

    BuildReport(Path site, PrintWriter err) {
        this.site = site;
        this.err = err;
    }

    /**
     * Prints everything and returns the exit status: 0 without errors, 1 with.
     *
     * @param check whether this was {@code storysite check} (nothing written) rather than a build
     */
    int print(BuildResult result, boolean check) {
        for (Diagnostic warning : result.warnings()) {
            err.println(warning.format(site));
        }
        for (Diagnostic error : result.errors()) {
            err.println(error.format(site));
        }
        for (Diagnostic error : result.shownOnPages()) {
            err.println(error.format(site));
        }
        if (!result.shownOnPages().isEmpty()) {
            // the preview goes on, but the writer must know that build and check refuse these files
            err.printf("%d error(s) above are shown on their pages as drafts; build and check fail until they are "
                    + "fixed%n", result.shownOnPages().size());
        }
        // said only when it happened: otherwise the errors above are all there are
        result.stoppedAfter().ifPresent(step -> err.printf("stopped after step '%s': its errors make the later "
                + "checks meaningless; fix them and run again to see the rest%n", step));
        if (!result.ok()) {
            err.printf("%s failed: %d error(s), %d warning(s), in %d ms; %s%n", check ? "check" : "build",
                    result.errors().size(), result.warnings().size(), result.millis(),
                    check ? "fix the errors above" : "the previous output was left untouched");
            err.flush();
            return ExitCodes.CONTENT_ERRORS;
        }
        err.printf("%s %d pages (%s), %d warning(s), in %d ms%s%n", check ? "checked" : "built", result.pages(),
                result.pagesPerType(), result.warnings().size(), result.millis(),
                check ? "; nothing written" : " -> " + ShownPath.of(result.output()));
        err.flush();
        return ExitCodes.OK;
    }
}
