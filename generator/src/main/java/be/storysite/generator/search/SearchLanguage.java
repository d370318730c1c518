package be.storysite.generator.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * How one language's words are stemmed and which are left out, on both sides of the search: Lucene's Snowball
 * stemmer and stop words at build time, and the same Snowball algorithm compiled to JavaScript (vendored under
 * {@code search/snowball/}, generated from the Snowball commit Lucene 9.12 generates from) in the browser.
 *
 * <pre>{@code
 * SearchLanguage nl = SearchLanguage.of("nl");
 * nl.script();                        // Optional[dutch-stemmer.js]
 * SearchLanguage.of("de").script();   // Optional.empty(): words are matched as written, lower-cased
 * }</pre>
 *
 * @param code the site's language code ({@code nl})
 * @param stemmer a new stemmer (Snowball stemmers hold state: one per thread), or none for a language without a
 *     browser port
 * @param stopWords words too common to index; the index lists them so the browser drops them from a query too
 * @param script the vendored JavaScript of the stemmer's algorithm, a resource under {@code search/snowball/}
 */
public record SearchLanguage(String code, Optional<Supplier<SnowballStemmer>> stemmer, Set<String> stopWords,
        Optional<String> script) {

    public SearchLanguage {
        stopWords = Set.copyOf(stopWords);
    }

    /** The languages whose Snowball algorithm the browser has too; any other is matched without stemming. */
    private static final Map<String, SearchLanguage> KNOWN = Map.of(
            "nl", new SearchLanguage("nl", Optional.of(DutchStemmer::new), words(DutchAnalyzer.getDefaultStopSet()),
                    Optional.of("dutch-stemmer.js")),
            "fr", new SearchLanguage("fr", Optional.of(FrenchStemmer::new), words(FrenchAnalyzer.getDefaultStopSet()),
                    Optional.of("french-stemmer.js")),
            "en", new SearchLanguage("en", Optional.of(EnglishStemmer::new),
                    words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), Optional.of("english-stemmer.js")));

    public static SearchLanguage of(String code) {
        SearchLanguage known = KNOWN.get(code);
        return known != null ? known : new SearchLanguage(code, Optional.empty(), Set.of(), Optional.empty());
    }

    private static Set<String> words(CharArraySet set) {
        Set<String> words = new HashSet<>();
        for (Object word : set) {
            words.add(new String((char[]) word));
        }
        return words;
    }
}
