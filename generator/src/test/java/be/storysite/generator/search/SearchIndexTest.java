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
        SearchIndex index = SearchIndex.build(SearchLanguage.of("nl"), docs, Map.of());
        Map<String, byte[]> files = index.files();
        String stem = new TextAnalyzer(SearchLanguage.of("nl")).stem("thuiswerken");
        JsonNode shard = read(files, "_search/nl/terms/th.json");
        assertThat(decode(shard.get(stem))).containsExactly(0, 2);
        assertThat(shard.has("beveilig")).isFalse(); // in shard "be"
        assertThat(files.keySet()).contains("_search/nl/terms/be.json");
        // a letter outside a-z names the shard by its code point, so file names stay plain ASCII
        assertThat(SearchIndex.shard("école")).isEqualTo("_e9c");
        Map<String, byte[]> french = SearchIndex.build(SearchLanguage.of("fr"), List.of(doc(0, "été")), Map.of())
                .files();
        assertThat(french.keySet()).contains("_search/fr/terms/_e9t.json");
        JsonNode meta = read(files, "_search/nl/index.json");
        assertThat(meta.get("count").asInt()).isEqualTo(5);
        assertThat(meta.get("shards").toString()).contains("\"th\"", "\"be\"", "\"ij\"");
        assertThat(meta.get("stop").toString()).contains("\"de\"");
        assertThat(meta.get("stemmer").asText()).isEqualTo("stemmer.js");
        assertThat(new String(files.get("_search/nl/stemmer.js"), StandardCharsets.UTF_8))
                .contains("Copyright (c) 2001, Dr Martin Porter", "DutchStemmer = function",
                        "window.storysiteStemmer = new DutchStemmer();");
    }

    @Test
    void facetsListTheirValuesDocumentsAndResultsComeInFragments() throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            docs.add(doc(i, "tekst"));
        }
        Map<String, Map<String, List<Integer>>> facets = Map.of("sector", Map.of("welzijn", List.of(3, 7, 44),
                "politie", List.of(0)), "region", Map.of("limburg", List.of(7)));
        Map<String, byte[]> files = SearchIndex.build(SearchLanguage.of("fr"), docs, facets).files();
        JsonNode sector = read(files, "_search/fr/facets/sector.json");
        assertThat(decode(sector.get("welzijn"))).containsExactly(3, 7, 44);
        assertThat(decode(sector.get("politie"))).containsExactly(0);
        assertThat(read(files, "_search/fr/index.json").get("facets").get("region").asText())
                .isEqualTo("facets/region.json");
        // 45 documents in fragments of 20: 0-19, 20-39, 40-44, in list order
        assertThat(read(files, "_search/fr/docs/2.json")).hasSize(5);
        assertThat(read(files, "_search/fr/docs/1.json").get(0).get(0).asText()).isEqualTo("/klantverhalen/s20/");
        assertThat(files.keySet()).doesNotContain("_search/fr/docs/3.json");
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
