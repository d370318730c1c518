package be.storysite.generator.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KeptIndexTest {

    private static final SearchLanguage NL = SearchLanguage.of("nl");
    private static final List<String> WORDS = List.of("thuiswerk", "thuis", "beveilig", "backup", "cloud", "co",
            "coach", "copier", "com", "ijzer", "zon", "netwerk", "wifi", "school", "gemeent", "été");

    /** The index a full build writes of the same stories and facets. */
    private static Map<String, byte[]> full(List<Analysed> docs, Map<String, Map<String, List<Integer>>> facets) {
        return SearchIndex.build(NL, docs.stream(), Analysed::shown, Analysed::terms, facets).files();
    }

    private static Analysed story(int n, String title, List<String> terms) {
        return new Analysed("/klantverhalen/s" + n + "/", title, "Klant " + n, "Samenvatting " + n, terms);
    }

    private static List<String> someTerms(Random random) {
        List<String> terms = new ArrayList<>();
        for (String word : WORDS) {
            if (random.nextInt(3) == 0) {
                terms.add(word);
            }
        }
        // many distinct terms under one prefix, so the "co" group is split into longer shards
        for (int i = 0; i < 40; i++) {
            terms.add("co" + (char) ('a' + random.nextInt(26)) + "x" + random.nextInt(200));
        }
        return List.copyOf(new LinkedHashSet<>(terms));
    }

    private static Map<String, Map<String, List<Integer>>> facets(int count, Random random) {
        Map<String, List<Integer>> values = new TreeMap<>();
        for (String value : List.of("onderwijs", "zorg", "overheid")) {
            List<Integer> docs = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                if (random.nextInt(4) == 0) {
                    docs.add(n);
                }
            }
            values.put(value, docs);
        }
        return Map.of("sector", values);
    }

    @Test
    void everyUpdateWritesTheFullBuildsBytesAndKeepsTheArraysOfUnchangedFiles() {
        Random random = new Random(12);
        List<Analysed> docs = new ArrayList<>();
        for (int n = 0; n < 120; n++) {
            docs.add(story(n, "Verhaal " + n, someTerms(random)));
        }
        Map<String, Map<String, List<Integer>>> facets = facets(docs.size(), random);
        KeptIndex index = KeptIndex.of(NL, docs, facets);
        for (int step = 0; step < 60; step++) {
            Map<String, byte[]> before = index.files();
            int n = random.nextInt(docs.size());
            Analysed was = docs.get(n);
            int change = random.nextInt(5);
            switch (change) {
                case 0 -> docs.set(n, edit(was, "Bewerkt " + step, was.terms()));     // a shown field only
                case 1 -> docs.set(n, edit(was, was.title(), someTerms(random)));     // terms only
                case 2 -> docs.set(n, edit(was, "Bewerkt " + step, List.of()));       // every term gone
                case 3 -> facets = facets(docs.size(), random);                       // other facet values
                default -> docs.add(0, story(1000 + step, "Nieuw " + step, someTerms(random))); // renumbers all
            }
            index = index.next(List.copyOf(docs), facets);
            Map<String, byte[]> files = index.files();
            Map<String, byte[]> expected = full(docs, facets);
            assertThat(files.keySet()).as("step %d", step).isEqualTo(expected.keySet());
            int at = step;
            expected.forEach((path, bytes) -> assertThat(files.get(path)).as("%s at step %d", path, at)
                    .isEqualTo(bytes));
            List<String> made = files.keySet().stream().filter(p -> files.get(p) != before.get(p)).toList();
            String fragment = "_search/nl/docs/" + n + ".json";
            switch (change) {
                case 0 -> assertThat(made).as("step %d", step).containsExactly(fragment);
                case 1, 2 -> assertThat(made).as("step %d", step).allMatch(p -> p.equals(fragment)
                        || p.startsWith("_search/nl/terms/") || p.equals("_search/nl/index.json"));
                case 3 -> assertThat(made).as("step %d", step).allMatch(p -> p.startsWith("_search/nl/facets/"));
                default -> assertThat(made).as("step %d", step).contains(fragment);
            }
        }
    }

    private static Analysed edit(Analysed was, String title, List<String> terms) {
        return new Analysed(was.url(), title, was.customer(), was.summary(), terms);
    }

    @Test
    void aTitleEditMakesAgainOnlyTheStorysFragmentAndTheGroupsOfTheTermsItGainedOrLost() {
        List<Analysed> docs = List.of(story(0, "Thuis", List.of("thuis", "zon")),
                story(1, "Backup", List.of("backup", "zon")), story(2, "Wifi", List.of("wifi", "school")));
        KeptIndex index = KeptIndex.of(NL, docs, Map.of());
        Map<String, byte[]> before = index.files();
        List<Analysed> edited = List.of(docs.get(0), story(1, "Cloud", List.of("cloud", "zon")), docs.get(2));
        Map<String, byte[]> after = index.next(edited, Map.of()).files();
        List<String> made = after.keySet().stream().filter(p -> after.get(p) != before.get(p)).sorted().toList();
        // "backup" was the only term of shard "ba"; "zon", "thuis" and the others' shards are last update's
        assertThat(made).containsExactly("_search/nl/docs/1.json", "_search/nl/index.json",
                "_search/nl/terms/cl.json");
        assertThat(after).doesNotContainKey("_search/nl/terms/ba.json");
        assertThat(after.keySet()).isEqualTo(full(edited, Map.of()).keySet());
    }
}
