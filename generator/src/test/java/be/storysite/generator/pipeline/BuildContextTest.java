package be.storysite.generator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The last line of defence: whatever fails on one file of a parallel step, the error names the step and file. */
class BuildContextTest {

    private final ForkJoinPool pool = new ForkJoinPool(2);
    private final BuildContext context = new BuildContext(BuildOptions.of(Path.of("site"), Path.of("out")),
            new Diagnostics(), BuildListener.NONE, LocalDate.of(2025, 1, 15), pool);

    @AfterEach
    void stop() {
        pool.shutdown();
    }

    private static int recurse(int n) {
        return n <= 0 ? 0 : 1 + recurse(n + 1);
    }

    @Test
    void aFailureOnOneFileNamesTheStepAndTheFile() {
        List<Path> files = List.of(Path.of("site/content/a.md"), Path.of("site/content/b.md"));

        assertThatThrownBy(() -> context.parallel("parse", files, file -> file, file -> {
            if (file.endsWith("b.md")) {
                throw new IllegalStateException("kapot");
            }
            return file;
        })).isInstanceOf(DiagnosticException.class).satisfies(e -> assertThat(
                ((DiagnosticException) e).diagnostics().get(0).headline(Path.of("site")))
                .isEqualTo("content/b.md: error: step 'parse' failed on this file: java.lang.IllegalStateException: "
                        + "kapot"));
    }

    @Test
    void aStackOverflowOnOneFileIsAnErrorNamingIt() {
        List<Path> files = List.of(Path.of("site/content/diep.md"));

        assertThatThrownBy(() -> context.parallel("render", files, file -> file, file -> recurse(1)))
                .isInstanceOf(DiagnosticException.class).satisfies(e -> assertThat(
                        ((DiagnosticException) e).diagnostics().get(0).headline(Path.of("site")))
                        .isEqualTo("content/diep.md: error: step 'render' failed on this file: "
                                + "java.lang.StackOverflowError"));
    }
}
