package be.storysite.leads.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.core.diagnostic.DiagnosticException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration with a YAML alias inside the value it names is an error at its line, not a stack overflow. */
class LeadsConfigAliasTest {

    @TempDir
    Path temp;

    @Test
    void aRecursiveAliasIsAnErrorNamingTheFileAndLine() throws Exception {
        Path file = Files.writeString(temp.resolve("leads.yaml"), "database:\n  url: &a [*a]\n");

        assertThatThrownBy(() -> LeadsConfigLoader.load(Optional.of(file), temp, Map.of()))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                        ((DiagnosticException) e).diagnostics().get(0).headline(temp))
                        .isEqualTo("leads.yaml:2:8: error: invalid YAML: the alias of anchor &a is used inside "
                                + "the value it names, a loop without end"));
    }
}
