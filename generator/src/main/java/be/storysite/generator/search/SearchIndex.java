package be.storysite.generator.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The static search index of one language, as files under {@code _search/<lang>/}: the browser loads
 * {@code index.json} (stop words, shard keys, facets, counts), then only the term shards of the query's words, the
 * files of the filter values chosen and the result fragments it shows (one per story). Documents are numbered in
 * list order (newest first); every list of numbers is written as gaps from the previous one, which JSON and gzip
 * keep small.
 *
 * <pre>{@code
 * Map<String, byte[]> files = SearchIndex.build(SearchLanguage.of("nl"), documents, facets).files();
 * // _search/nl/index.json, _search/nl/terms/th.json, _search/nl/facets/sector/welzijn.json, _search/nl/docs/0.json
 * }</pre>
 *
 * @param documents what each result shows, in number order (their text is analysed and not kept: empty)
 * @param postings the numbers of the documents holding each term (stem), ascending, by term
 * @param facets per facet ({@code sector}, ...) the numbers of the documents of each value (term slug)
 */
public record SearchIndex(SearchLanguage language, List<SearchDocument> documents,
        SortedMap<String, List<Integer>> postings, Map<String, Map<String, List<Integer>>> facets) {

    /** Characters of a term that name its shard at first; a shard larger than {@link #SHARD_BYTES} is split. */
    public static final int SHARD_PREFIX = 2;
    /** A shard's size before it is split by one more character: what the first search loads for one word. */
    public static final int SHARD_BYTES = 8 * 1024;
    private static final int MAX_PREFIX = 8;
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param facets per facet, the numbers (positions in {@code documents}) of each value's documents
     */
    public static SearchIndex build(SearchLanguage language, List<SearchDocument> documents,
            Map<String, Map<String, List<Integer>>> facets) {
        return build(language, documents.stream(), facets);
    }

    /**
     * The same from documents made one at a time: each one's text is analysed, then dropped (the index keeps
     * what a result shows), so the texts of all stories are never held at once.
     */
    public static SearchIndex build(SearchLanguage language, Stream<SearchDocument> documents,
            Map<String, Map<String, List<Integer>>> facets) {
        TextAnalyzer analyzer = new TextAnalyzer(language);
        return build(language, documents, d -> d, d -> analyzer.terms(d.text()), facets);
    }

    /**
     * @param documents read one at a time: only what a result shows is kept of each (all bodies' text at once was
     *     10 KB per story held)
     * @param shown what a result shows of a document (its text is not kept)
     * @param terms a document's terms (the live preview derives them from a memo, so an unchanged text is not
     *     analysed again, or has them already)
     */
    public static <D> SearchIndex build(SearchLanguage language, Stream<D> documents,
            Function<D, SearchDocument> shown, Function<D, ? extends Collection<String>> terms,
            Map<String, Map<String, List<Integer>>> facets) {
        // documents in order, so each list grows ascending; a hash map, sorted once, is several times faster
        // than a sorted map of sorted sets (a million terms at 1,000 stories)
        // the numbers as ints (Postings), not boxed: tens of millions of them at 100,000 stories
        Map<String, Postings> found = new HashMap<>();
        List<SearchDocument> results = new ArrayList<>();
        documents.forEachOrdered(document -> {
            int i = results.size();
            for (String term : terms.apply(document)) {
                found.computeIfAbsent(term, t -> new Postings()).addIfNew(i);
            }
            SearchDocument d = shown.apply(document);
            results.add(new SearchDocument(d.url(), d.title(), d.customer(), d.summary(), ""));
        });
        SortedMap<String, List<Integer>> postings = new TreeMap<>();
        found.forEach((term, docs) -> postings.put(term, docs.trimmed()));
        return new SearchIndex(language, List.copyOf(results), postings, facets);
    }

    /**
     * The key of a term's first {@code length} UTF-16 characters: {@code a-z0-9} as they are, any other as
     * {@code _} + four hex digits, so keys are plain file names and one key starts another exactly when its
     * characters start the other's ({@code été} → {@code _00e9t}).
     */
    public static String key(String term, int length) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < Math.min(length, term.length()); i++) {
            char c = term.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            } else {
                key.append('_').append(String.format("%04x", (int) c));
            }
        }
        return key.toString();
    }

    /** Every file of the index, by path below the output root. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, byte[]> shards = new TreeMap<>();
        shard(new TreeMap<>(postings), SHARD_PREFIX, shards);
        shards.forEach((key, bytes) -> files.put(shardPath(language, key), bytes));
        facets.forEach((facet, values) -> values.forEach((value, docs) -> files.put(
                facetPath(language, facet, value), facetFile(docs))));
        for (int n = 0; n < documents.size(); n++) {
            files.put(documentPath(language, n), documentFile(documents.get(n)));
        }
        language.script().ifPresent(script -> files.put(stemmerPath(language), StemmerScript.of(script)));
        files.put(indexPath(language), indexFile(language, documents.size(), shards.keySet(), facets.keySet()));
        return files;
    }

    // The files one at a time, for KeptIndex, which makes again only those whose content changed: made by the
    // same code as files(), so an update's index is the full build's byte for byte.

    static String shardPath(SearchLanguage language, String key) {
        return root(language) + "terms/" + key + ".json";
    }

    static String facetPath(SearchLanguage language, String facet, String value) {
        return root(language) + "facets/" + facet + "/" + value + ".json";
    }

    static String documentPath(SearchLanguage language, int n) {
        return root(language) + "docs/" + n + ".json";
    }

    static String stemmerPath(SearchLanguage language) {
        return root(language) + "stemmer.js";
    }

    static String indexPath(SearchLanguage language) {
        return root(language) + "index.json";
    }

    private static String root(SearchLanguage language) {
        return "_search/" + language.code() + "/";
    }

    /** The shards of terms that share their first {@link #SHARD_PREFIX} characters, by shard key. */
    static Map<String, byte[]> shardsOfGroup(SortedMap<String, List<Integer>> group) {
        Map<String, byte[]> shards = new TreeMap<>();
        shard(group, SHARD_PREFIX, shards);
        return shards;
    }

    static byte[] facetFile(List<Integer> docs) {
        return json(gaps(List.copyOf(new TreeSet<>(docs))));
    }

    static byte[] documentFile(SearchDocument d) {
        return json(List.of(d.url(), d.title(), d.customer(), d.summary()));
    }

    static byte[] indexFile(SearchLanguage language, int count, Collection<String> shardKeys,
            Collection<String> facetKeys) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format", FORMAT);
        index.put("lang", language.code());
        index.put("count", count);
        index.put("stemmer", language.script().isPresent() ? "stemmer.js" : null);
        index.put("stop", new TreeSet<>(language.stopWords()));
        index.put("shards", new TreeSet<>(shardKeys));
        index.put("facets", new TreeSet<>(facetKeys));
        return json(index);
    }

    /**
     * Groups {@code terms} by their first {@code length} characters; a group larger than {@link #SHARD_BYTES} is
     * grouped again by one more character (its terms no longer than {@code length} stay under the shorter key).
     * A term is then in the shard of the longest key that starts its own key.
     */
    private static void shard(SortedMap<String, List<Integer>> terms, int length, Map<String, byte[]> shards) {
        Map<String, SortedMap<String, List<Integer>>> groups = new TreeMap<>();
        terms.forEach((term, docs) -> groups.computeIfAbsent(key(term, length), k -> new TreeMap<>()).put(term, docs));
        groups.forEach((key, group) -> {
            byte[] bytes = json(written(group));
            if (bytes.length <= SHARD_BYTES || length >= MAX_PREFIX) {
                shards.put(key, bytes);
                return;
            }
            SortedMap<String, List<Integer>> shorter = new TreeMap<>();
            SortedMap<String, List<Integer>> longer = new TreeMap<>();
            group.forEach((term, docs) -> (term.length() <= length ? shorter : longer).put(term, docs));
            if (!shorter.isEmpty()) {
                shards.put(key, json(written(shorter)));
            }
            shard(longer, length + 1, shards);
        });
    }

    private static Map<String, int[]> written(SortedMap<String, List<Integer>> terms) {
        Map<String, int[]> written = new TreeMap<>();
        terms.forEach((term, docs) -> written.put(term, gaps(docs)));
        return written;
    }

    /** @param docs ascending; the gaps as ints, which JSON writes as the same array a list of them would be */
    private static int[] gaps(List<Integer> docs) {
        int[] gaps = new int[docs.size()];
        int previous = 0;
        for (int i = 0; i < gaps.length; i++) {
            int doc = docs.get(i);
            gaps[i] = doc - previous;
            previous = doc;
        }
        return gaps;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
