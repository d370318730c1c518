package be.storysite.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void printsLikeACompilerWithTheHintBelow() {
        Path site = Path.of("/sites/demo");
        Diagnostic d = Diagnostic.error(SourcePosition.of(site.resolve("content/stories/haacht.md"), 4, 1),
                "story front matter needs 'quote'", "add  quote: \"...\"");

        assertThat(d.format(site)).isEqualTo("content/stories/haacht.md:4:1: error: story front matter needs 'quote'"
                + System.lineSeparator() + "  hint: add  quote: \"...\"");
    }

    @Test
    void wholeFileProblemsPrintThePathAlone() {
        assertThat(Diagnostic.warning(SourcePosition.of(Path.of("a.adoc")), "m", "").format(null))
                .isEqualTo("a.adoc: warning: m");
    }

    @Test
    void collectorSortsByFileAndLine() {
        Diagnostics all = new Diagnostics();
        all.error(SourcePosition.of(Path.of("b.md"), 1, 1), "x", "");
        all.warning(SourcePosition.of(Path.of("a.md"), 9, 1), "y", "");
        all.error(SourcePosition.of(Path.of("a.md"), 2, 1), "z", "");

        assertThat(all.all()).extracting(Diagnostic::message).containsExactly("z", "y", "x");
        assertThat(all.errors()).hasSize(2);
        assertThat(all.hasErrors()).isTrue();
    }
}
