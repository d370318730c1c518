package be.storysite.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void dutchWordFormsShareTheirStemAndStopWordsAreLeftOut() {
        TextAnalyzer nl = new TextAnalyzer(SearchLanguage.of("nl"));
        assertThat(nl.terms("Thuiswerken")).isEqualTo(nl.terms("thuiswerk")).hasSize(1);
        assertThat(nl.terms("gemeenten")).isEqualTo(nl.terms("gemeente"));
        assertThat(nl.terms("de gemeente en het OCMW")).hasSize(2).doesNotContain("de", "en", "het");
    }

    @Test
    void frenchElisionsSplitAndPluralsMeet() {
        TextAnalyzer fr = new TextAnalyzer(SearchLanguage.of("fr"));
        assertThat(fr.terms("l'informatique")).isEqualTo(fr.terms("informatiques")).hasSize(1);
        assertThat(fr.terms("Collaborateurs")).isEqualTo(fr.terms("collaborateur"));
    }

    @Test
    void englishStemsAndAnUnknownLanguageMatchesWordsAsWritten() {
        TextAnalyzer en = new TextAnalyzer(SearchLanguage.of("en"));
        assertThat(en.terms("working")).isEqualTo(en.terms("works"));
        TextAnalyzer de = new TextAnalyzer(SearchLanguage.of("de"));
        assertThat(de.terms("Gemeinden arbeiten")).containsExactly("gemeinden", "arbeiten");
        assertThat(SearchLanguage.of("de").script()).isEmpty();
    }

    @Test
    void wordsAreSplitOnWhatIsNotALetterOrDigitAfterNfcAndLowerCase() {
        // "é" written as e + combining accent is one letter after NFC, as in the browser's normalize('NFC')
        assertThat(TextAnalyzer.words("Cafe\u0301-2024, O'Brien")).containsExactly("café", "2024", "o", "brien");
    }
}
