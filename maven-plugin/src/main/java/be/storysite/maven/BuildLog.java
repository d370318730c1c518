package be.storysite.maven;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.BuildResult;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns a build's result into Maven's terms: warnings are logged, errors fail the build with a
 * {@link MojoFailureException} whose message lists every error the way the {@code storysite} command prints it,
 * so an IDE's Maven console links each line to the file:
 *
 * <pre>{@code
 * [ERROR] Failed to execute goal be.storysite:storysite-maven-plugin:0.1.0-SNAPSHOT:check (default-cli) on project site:
 * the site has 1 error(s); fix them and run the build again:
 * content/stories/lindebeek.md:4:1: error: story front matter needs 'quote' (the pull quote shown on lists and share cards)
 *   hint: add a line such as  quote: "Binnen drie dagen werkte iedereen thuis."
 * }</pre>
 */
final class BuildLog {

    private final Path site;
    private final Log log;

    BuildLog(Path site, Log log) {
        this.site = site;
        this.log = log;
    }

    /**
     * Logs the warnings and the summary, or throws with every error.
     *
     * @param done what succeeded, for the summary: {@code "built"}, {@code "checked"}
     * @param destination where the result went, for the summary; empty when nothing was written
     */
    void report(BuildResult result, String done, String destination) throws MojoFailureException {
        for (Diagnostic warning : result.warnings()) {
            log.warn(warning.format(site));
        }
        for (Diagnostic error : result.shownOnPages()) {
            log.error(error.format(site)); // a preview's: shown on its draft page; build and check refuse it
        }
        if (!result.ok()) {
            String stopped = result.stoppedAfter().map(step -> String.format("%nstopped after step '%s': its errors "
                    + "make the later checks meaningless; fix them and run again to see the rest", step)).orElse("");
            throw new MojoFailureException(failure(result.errors()) + stopped);
        }
        log.info(String.format("%s %d pages (%s), %d warning(s), in %d ms%s", done, result.pages(),
                result.pagesPerType(), result.warnings().size(), result.millis(), destination));
    }

    private String failure(List<Diagnostic> errors) {
        // Starts on a new line: Maven puts "Failed to execute goal ... on project x: " before the message, and each
        // diagnostic must begin its own line for editors to recognise "path:line:col:".
        return String.format("the site has %d error(s); fix them and run the build again:%n%s", errors.size(),
                errors.stream().map(e -> e.format(site)).collect(Collectors.joining(System.lineSeparator())));
    }

}
