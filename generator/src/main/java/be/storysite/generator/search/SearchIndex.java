package be.storysite.generator.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The static search index of one language, as files under {@code _search/<lang>/}: the browser loads
 * {@code index.json} (stop words, shard names, facet files, counts), then only the term shards of the query's
 * words, the facet files of the filters used and the result fragments it shows. Documents are numbered in list
 * order (newest first); every list of numbers is written as gaps from the previous one, which JSON and gzip keep
 * small.
 *
 * <pre>{@code
 * Map<String, byte[]> files = SearchIndex.build(SearchLanguage.of("nl"), documents, facets).files("nl");
 * // _search/nl/index.json, _search/nl/terms/th.json, _search/nl/facets/sector.json, _search/nl/docs/0.json, ...
 * }</pre>
 *
 * @param postings the numbers of the documents holding each term (stem), ascending, by term
 * @param facets per facet ({@code sector}, ...) the numbers of the documents of each value (term slug)
 */
public record SearchIndex(SearchLanguage language, List<SearchDocument> documents,
        SortedMap<String, SortedSet<Integer>> postings, Map<String, Map<String, List<Integer>>> facets) {

    /** Documents per result fragment: a first page of results loads one or two. */
    public static final int CHUNK = 20;
    /** Characters of a term that name its shard: a query's words load only the shards they start with. */
    public static final int SHARD_PREFIX = 2;
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param facets per facet, the numbers (positions in {@code documents}) of each value's documents
     */
    public static SearchIndex build(SearchLanguage language, List<SearchDocument> documents,
            Map<String, Map<String, List<Integer>>> facets) {
        TextAnalyzer analyzer = new TextAnalyzer(language);
        SortedMap<String, SortedSet<Integer>> postings = new TreeMap<>();
        for (int i = 0; i < documents.size(); i++) {
            for (String term : analyzer.terms(documents.get(i).text())) {
                postings.computeIfAbsent(term, t -> new TreeSet<>()).add(i);
            }
        }
        return new SearchIndex(language, List.copyOf(documents), postings, facets);
    }

    /** The shard a term is in: its first characters, each one outside {@code [a-z0-9]} as {@code _} + hex. */
    public static String shard(String term) {
        StringBuilder key = new StringBuilder();
        term.codePoints().limit(SHARD_PREFIX).forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.appendCodePoint(c);
            } else {
                key.append('_').append(Integer.toHexString(c));
            }
        });
        return key.toString();
    }

    /** Every file of the index, by path below the output root. */
    public Map<String, byte[]> files() {
        String root = "_search/" + language.code() + "/";
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Map<String, List<Integer>>> shards = new TreeMap<>();
        postings.forEach((term, docs) -> shards.computeIfAbsent(shard(term), k -> new TreeMap<>())
                .put(term, gaps(docs)));
        shards.forEach((key, terms) -> files.put(root + "terms/" + key + ".json", json(terms)));
        Map<String, Object> facetFiles = new TreeMap<>();
        facets.forEach((facet, values) -> {
            Map<String, List<Integer>> written = new TreeMap<>();
            values.forEach((value, docs) -> written.put(value, gaps(new TreeSet<>(docs))));
            files.put(root + "facets/" + facet + ".json", json(written));
            facetFiles.put(facet, "facets/" + facet + ".json");
        });
        for (int start = 0; start < documents.size(); start += CHUNK) {
            List<List<String>> chunk = new ArrayList<>();
            for (SearchDocument d : documents.subList(start, Math.min(documents.size(), start + CHUNK))) {
                chunk.add(List.of(d.url(), d.title(), d.customer(), d.summary()));
            }
            files.put(root + "docs/" + (start / CHUNK) + ".json", json(chunk));
        }
        language.script().ifPresent(script -> files.put(root + "stemmer.js", StemmerScript.of(script)));
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format", FORMAT);
        index.put("lang", language.code());
        index.put("count", documents.size());
        index.put("chunk", CHUNK);
        index.put("prefix", SHARD_PREFIX);
        index.put("stemmer", language.script().isPresent() ? "stemmer.js" : null);
        index.put("stop", new TreeSet<>(language.stopWords()));
        index.put("shards", shards.keySet());
        index.put("facets", facetFiles);
        files.put(root + "index.json", json(index));
        return files;
    }

    private static List<Integer> gaps(SortedSet<Integer> docs) {
        List<Integer> gaps = new ArrayList<>(docs.size());
        int previous = 0;
        for (int doc : docs) {
            gaps.add(doc - previous);
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
