package be.storysite.forms.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("name", "type", "label", "required", "max_length");

    @Test
    void suggestsTheNearestWordWhenItIsATypo() {
        assertThat(Suggestions.closest("requird", KEYS)).contains("required");
        assertThat(Suggestions.closest("Label", KEYS)).contains("label");
        assertThat(Suggestions.closest("maxlength", KEYS)).contains("max_length");
        assertThat(Suggestions.closest("colour", KEYS)).isEmpty();
    }

    @Test
    void hintsListTheChoicesWhenNothingIsClose() {
        assertThat(Suggestions.hint("typ", KEYS)).isEqualTo("did you mean 'type'?");
        assertThat(Suggestions.hint("colour", KEYS)).isEqualTo("use one of: name, type, label, required, max_length");
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
