package be.storysite.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.core.diagnostic.DiagnosticException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static final Path FILE = Path.of("content/stories/haacht.md");

    @Test
    void keepsPositionsShiftedByTheLinesBeforeTheBlock() {
        YamlMapping fm = (YamlMapping) YamlReader.read("title: Haacht\ndate: 2024-03-01\ntags: [a, b]\n", FILE, 1);

        assertThat(fm.get("title").orElseThrow().position().line()).isEqualTo(2);
        YamlScalar date = (YamlScalar) fm.get("date").orElseThrow();
        assertThat(date.kind()).isEqualTo(YamlScalar.Kind.TIMESTAMP);
        assertThat(date.asDate()).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2024));
        assertThat(date.position().toString()).isEqualTo("content/stories/haacht.md:3:7");
        assertThat(((YamlSequence) fm.get("tags").orElseThrow()).items()).hasSize(2);
    }

    @Test
    void quotedValuesAreText() {
        YamlMapping fm = (YamlMapping) YamlReader.read("order: \"3\"\ncount: 3\n", FILE, 0);
        assertThat(((YamlScalar) fm.get("order").orElseThrow()).kind()).isEqualTo(YamlScalar.Kind.STRING);
        assertThat(((YamlScalar) fm.get("count").orElseThrow()).kind()).isEqualTo(YamlScalar.Kind.INT);
    }

    @Test
    void duplicateKeyIsAnErrorNamingBothLines() {
        assertThatThrownBy(() -> YamlReader.read("title: a\nsummary: b\ntitle: c\n", FILE, 1))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics().get(0).headline(null))
                        .isEqualTo("content/stories/haacht.md:4:1: error: duplicate key 'title' (first written on line 2)"));
    }

    @Test
    void brokenYamlIsAPositionedError() {
        assertThatThrownBy(() -> YamlReader.read("title: a\n  bad: [\n", FILE, 1))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics().get(0).headline(null))
                        .startsWith("content/stories/haacht.md:").contains("error: invalid YAML"));
    }

    @Test
    void emptyTextIsAnEmptyMapping() {
        assertThat(((YamlMapping) YamlReader.read("", FILE, 1)).entries()).isEmpty();
    }

    @Test
    void aBlankTextDescribesItselfAsEmpty() {
        YamlMapping m = (YamlMapping) YamlReader.read("user: \"\"\nname: An\n", FILE, 0);
        // read in "'user' must be a text, not an empty text" (it said "not a text")
        assertThat(m.get("user").orElseThrow().describe()).isEqualTo("an empty text");
        assertThat(m.get("name").orElseThrow().describe()).isEqualTo("a text");
    }

    @Test
    void anAliasInsideTheValueItNamesIsAnErrorAtTheAnchor() {
        assertThatThrownBy(() -> YamlReader.read("summary: x\ntitle: &a [*a]\n", FILE, 1))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics().get(0).headline(null))
                        .isEqualTo("content/stories/haacht.md:3:8: error: invalid YAML: the alias of anchor &a is "
                                + "used inside the value it names, a loop without end"));
        assertThatThrownBy(() -> YamlReader.read("a: &m\n  b: {c: *m}\n", FILE, 0))
                .isInstanceOf(DiagnosticException.class);
    }

    @Test
    void anAliasRepeatingAnEarlierValueIsFine() {
        YamlMapping fm = (YamlMapping) YamlReader.read("a: &x [1, 2]\nb: *x\nc: [*x, *x]\n", FILE, 0);

        assertThat(((YamlSequence) fm.get("c").orElseThrow()).items()).hasSize(2);
    }

    @Test
    void nestingBeyondSnakeYamlsLimitIsAnError() {
        assertThatThrownBy(() -> YamlReader.read("summary: x\ntitle: " + "[".repeat(10_000) + "\n", FILE, 1))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics().get(0).headline(null))
                        .isEqualTo("content/stories/haacht.md:3:57: error: invalid YAML: Nesting Depth exceeded max 50"));
    }
}
