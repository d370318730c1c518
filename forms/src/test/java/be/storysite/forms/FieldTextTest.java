package be.storysite.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldTextTest {

    /** Every character Unicode or a mail client may treat as the end of a line. */
    private static final String BREAKS = "\r\n\u000B\u000C\u0085\u2028\u2029\u0000\u001B\u007F\u009B";

    @Test
    void everyLineBreakAndControlCharacterOfASingleLineBecomesOneSpace() {
        for (char c : BREAKS.toCharArray()) {
            assertThat(FieldText.singleLine("ACME" + c + "Bcc: x@y.be", 100))
                    .as("U+%04X", (int) c).isEqualTo("ACME Bcc: x@y.be");
        }
        assertThat(FieldText.singleLine(" ACME" + BREAKS + "Bcc: x@y.be " + BREAKS, 100)).isEqualTo("ACME Bcc: x@y.be");
    }

    @Test
    void bidirectionalOverridesAreDroppedAndTheRestIsKept() {
        assertThat(FieldText.singleLine("invoice\u202Efdp.exe", 100)).isEqualTo("invoicefdp.exe");
        assertThat(FieldText.singleLine("Élise 👩‍💻 Müller-Ötegem", 100)).isEqualTo("Élise 👩‍💻 Müller-Ötegem");
    }

    @Test
    void aSingleLineIsCutToItsMaximumWithoutHalvingASurrogatePair() {
        assertThat(FieldText.singleLine("abc\ndef", 5)).isEqualTo("abc d");
        assertThat(FieldText.singleLine("ab😀", 3)).isEqualTo("ab");
        assertThat(FieldText.singleLine(null, 5)).isEmpty();
        assertThat(FieldText.singleLine("x", 0)).isEmpty();
    }

    @Test
    void aMessageKeepsItsLinesAsLineFeedsAndDropsOtherControls() {
        assertThat(FieldText.multiLine("een\r\ntwee\rdrie\u0085vier\u2028vijf\u2029zes\n\tzeven\u0000\u202E"))
                .isEqualTo("een\ntwee\ndrie\nvier\nvijf\nzes\n\tzeven");
        assertThat(FieldText.multiLine(null)).isEmpty();
    }
}
