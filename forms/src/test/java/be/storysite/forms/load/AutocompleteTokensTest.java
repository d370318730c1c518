package be.storysite.forms.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutocompleteTokensTest {

    @ParameterizedTest(name = "''{0}'' valid: {1}")
    @CsvSource({
        "email, true",
        "work email, true",
        "WORK Tel, true",
        "section-contact billing postal-code, true",
        "section-contact work email, true",
        "off, true",
        "organisation, false",
        "work postal-code, false",
        "email work, false",
        "on email, false",
        "section- email, false",
        "billing billing email, false",
    })
    void htmlAutofillDetailTokens(String value, boolean valid) {
        assertThat(AutocompleteTokens.isValid(value)).isEqualTo(valid);
    }
}
