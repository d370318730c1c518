package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void singleLineRemovesLineBreaksAndControlCharacters() {
        assertThat(HeaderText.singleLine("ACME\r\nBcc: x@y.be")).isEqualTo("ACME Bcc: x@y.be");
        assertThat(HeaderText.singleLine(" a\tb\u0000c\u2028d\n\n ")).isEqualTo("a b c d");
        assertThat(HeaderText.singleLine(null)).isEmpty();
        assertThat(HeaderText.singleLine("x".repeat(500))).hasSize(HeaderText.MAX_LENGTH).endsWith("…");
    }

    @Test
    void singleAddressAcceptsOnePlainAddress() {
        assertThat(HeaderText.singleAddress(" jan.peeters@lindebeek.be ")).get()
                .extracting(a -> a.getAddress()).isEqualTo("jan.peeters@lindebeek.be");
        // CR/LF are stripped before validation
        assertThat(HeaderText.singleAddress("jan@lindebeek.be\r\n")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jan", "a@b.be, c@d.be", "a@b.be;c@d.be", "Jan <jan@b.be>", "group: a@b.be;",
            "jan@lindebeek.be\r\nBcc: x@y.be", "\"a b\"@c.be", "a@b@c.be", "a@(comment)b.be"})
    void singleAddressRefusesEverythingElse(String text) {
        assertThat(HeaderText.singleAddress(text)).isEmpty();
    }
}
