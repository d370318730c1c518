package be.storysite.generator.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Turns text into the terms of the index: NFC, lower case, split on anything that is not a letter or number, words
 * of one character and stop words left out, each word stemmed. {@code assets/js/search.js} does the same steps to a
 * query (same regular expression, the same Snowball algorithm), so a query word finds its other forms.
 * Not thread-safe (a Snowball stemmer holds the word it works on): one per thread.
 *
 * <pre>{@code
 * new TextAnalyzer(SearchLanguage.of("nl")).terms("Thuiswerken in de gemeente");  // [thuiswerk, gemeent]
 * }</pre>
 */
public final class TextAnalyzer {

    private final SearchLanguage language;
    private final SnowballStemmer stemmer;
    /** Words recur a lot within a language; stemming each once halves the time of indexing. */
    private final Map<String, String> stems = new HashMap<>();

    public TextAnalyzer(SearchLanguage language) {
        this.language = language;
        this.stemmer = language.stemmer().map(s -> s.get()).orElse(null);
    }

    /** The terms of {@code text}, in order, repeats kept. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            if (word.length() > 1 && !language.stopWords().contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /** The words of {@code text}: NFC, lower case, split on what is not a letter or digit. */
    public static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            boolean inWord = letterOrNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(normal.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(normal.substring(start));
        }
        return words;
    }

    /** {@code \p{L}} or {@code \p{N}}, as in the browser's {@code /[^\p{L}\p{N}]+/u}. */
    private static boolean letterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** One lower-case word's stem, as the browser's Snowball port gives it. */
    public String stem(String word) {
        if (stemmer == null) {
            return word;
        }
        return stems.computeIfAbsent(word, w -> {
            stemmer.setCurrent(w);
            stemmer.stem();
            return stemmer.getCurrent();
        });
    }
}
