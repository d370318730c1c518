package be.storysite.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SearchDocument doc(int n, String text) {
        return new SearchDocument("/klantverhalen/s" + n + "/", "Verhaal " + n, "Gemeente " + n, "Samenvatting " + n,
                text);
    }

    @Test
    void aTermListsItsDocumentsAsGapsInTheShardOfItsPrefix() throws IOException {
        List<SearchDocument> docs = List.of(doc(0, "Thuiswerken"), doc(1, "beveiliging"), doc(2, "thuiswerk"),
                doc(3, "Thuiswerkers"), doc(4, "IJzer"));
        Map<String, byte[]> files = SearchIndex.build(SearchLanguage.of("nl"), docs, Map.of()).files();
        String stem = new TextAnalyzer(SearchLanguage.of("nl")).stem("thuiswerken");
        JsonNode shard = read(files, "_search/nl/terms/th.json");
        assertThat(decode(shard.get(stem))).containsExactly(0, 2);
        // the exact bytes: gaps as a plain JSON array, however the numbers are held
        assertThat(new String(files.get("_search/nl/terms/ij.json"), StandardCharsets.UTF_8))
                .isEqualTo("{\"ijzer\":[4]}");
        assertThat(shard.has("beveilig")).isFalse(); // in shard "be"
        assertThat(files.keySet()).contains("_search/nl/terms/be.json", "_search/nl/terms/ij.json");
        JsonNode meta = read(files, "_search/nl/index.json");
        assertThat(meta.get("count").asInt()).isEqualTo(5);
        assertThat(meta.get("shards").toString()).isEqualTo("[\"be\",\"ij\",\"th\"]");
        assertThat(meta.get("stop").toString()).contains("\"de\"");
        assertThat(meta.get("stemmer").asText()).isEqualTo("stemmer.js");
        assertThat(new String(files.get("_search/nl/stemmer.js"), StandardCharsets.UTF_8))
                .contains("Copyright (c) 2001, Dr Martin Porter", "DutchStemmer = function",
                        "window.storysiteStemmer = new DutchStemmer();");
    }

    @Test
    void keysAreFileNamesThatKeepPrefixes() throws IOException {
        assertThat(SearchIndex.key("été", 2)).isEqualTo("_00e9t");
        assertThat(SearchIndex.key("a", 2)).isEqualTo("a");
        Map<String, byte[]> french = SearchIndex.build(SearchLanguage.of("fr"), List.of(doc(0, "été")), Map.of())
                .files();
        assertThat(french.keySet()).contains("_search/fr/terms/_00e9t.json");
    }

    @Test
    void aLargeShardIsSplitByOneMoreCharacterAndEveryTermIsInTheLongestKeyThatStartsIt() throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // many distinct terms starting with "co", and the two-letter word "co" itself
            docs.add(doc(i, "co co" + (char) ('a' + i % 26) + "x" + i + " zon"));
        }
        SearchIndex index = SearchIndex.build(SearchLanguage.of("de"), docs, Map.of());
        Map<String, byte[]> files = index.files();
        List<String> shards = new ArrayList<>();
        read(files, "_search/de/index.json").get("shards").forEach(k -> shards.add(k.asText()));
        assertThat(shards).contains("co", "coa", "cob", "zo").doesNotContain("c");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith("_search/de/terms/")) {
                assertThat(file.getValue().length).as(file.getKey()).isLessThanOrEqualTo(SearchIndex.SHARD_BYTES);
            }
        }
        // every term is found, in the shard of the longest key that starts its own, with all its documents
        for (Map.Entry<String, List<Integer>> posting : index.postings().entrySet()) {
            String key = SearchIndex.key(posting.getKey(), Integer.MAX_VALUE);
            String shard = shards.stream().filter(key::startsWith)
                    .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            assertThat(decode(read(files, "_search/de/terms/" + shard + ".json").get(posting.getKey())))
                    .as(posting.getKey()).containsExactlyElementsOf(posting.getValue());
        }
        assertThat(decode(read(files, "_search/de/terms/co.json").get("co"))).hasSize(1000);
    }

    @Test
    void facetsListTheirValuesDocumentsAndEachResultIsAFileOfItsOwn() throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            docs.add(doc(i, "tekst"));
        }
        Map<String, Map<String, List<Integer>>> facets = Map.of("sector", Map.of("welzijn", List.of(3, 7, 44),
                "politie", List.of(0)), "region", Map.of("limburg", List.of(7)));
        Map<String, byte[]> files = SearchIndex.build(SearchLanguage.of("fr"), docs, facets).files();
        assertThat(decode(read(files, "_search/fr/facets/sector/welzijn.json"))).containsExactly(3, 7, 44);
        assertThat(decode(read(files, "_search/fr/facets/sector/politie.json"))).containsExactly(0);
        assertThat(read(files, "_search/fr/index.json").get("facets").toString()).isEqualTo("[\"region\",\"sector\"]");
        assertThat(read(files, "_search/fr/docs/20.json").get(0).asText()).isEqualTo("/klantverhalen/s20/");
        assertThat(read(files, "_search/fr/docs/44.json").get(1).asText()).isEqualTo("Verhaal 44");
        assertThat(files.keySet()).doesNotContain("_search/fr/docs/45.json");
    }

    private static JsonNode read(Map<String, byte[]> files, String path) throws IOException {
        assertThat(files.keySet()).contains(path);
        return JSON.readTree(files.get(path));
    }

    private static List<Integer> decode(JsonNode gaps) {
        List<Integer> docs = new ArrayList<>();
        int previous = 0;
        for (JsonNode gap : gaps) {
            previous += gap.asInt();
            docs.add(previous);
        }
        return docs;
    }
}
