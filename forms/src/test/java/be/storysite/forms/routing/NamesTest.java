package be.storysite.forms.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  OCMW  Zaventem '        | ocmw zaventem",
        "Écaussinnes                | ecaussinnes",
        "Sint-Genesius-Rode         | sint genesius rode",
        "Commune de Liège – Centre  | commune de liege centre",
        "'\tGemeente\u00a0Lindebeek' | gemeente lindebeek",
    })
    void comparesWithoutCaseAccentsAndHyphens(String typed, String normalised) {
        assertThat(Names.normalise(typed)).isEqualTo(normalised);
    }
}
