package be.storysite.generator.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One language's search index as the live preview's last update made it, and the next one made from it: only the
 * files whose content depends on what changed are made again, every other file is last update's very byte array
 * (so the output sees it is unchanged without hashing it again).
 *
 * <p>What a file depends on: a term shard on the postings of the terms sharing its first
 * {@link SearchIndex#SHARD_PREFIX} characters (a group is split into shards by its own size only), a result
 * fragment on its story's shown fields, a facet value's file on its document numbers, {@code index.json} on the
 * count, shard keys and facets. Documents are numbered in list order, so when the stories are the same in the same
 * order, a story whose terms changed changes only the postings of the terms it gained or lost, and only their
 * groups are sharded again; any other change of the list (a story added, removed or moved) makes the whole index
 * again, as a full build does.
 *
 * <pre>{@code
 * KeptIndex index = KeptIndex.of(SearchLanguage.of("nl"), stories, facets);   // first build: all files
 * index = index.next(editedStories, facets);          // an update: the edited story's groups and fragment
 * Map<String, byte[]> files = index.files();
 * }</pre>
 *
 * Immutable: {@link #next} leaves this one as it was, so no index is ever half updated. The one kept for the next
 * update is the last build's, also when that build failed later (its files were then not written): the next
 * update's files are still right, the output compares them with what is on disk, but they are hashed once more.
 */
final class KeptIndex {

    private final SearchLanguage language;
    private final List<Analysed> documents;
    /** The postings by group (a term's first {@link SearchIndex#SHARD_PREFIX} characters' key), then by term. */
    private final Map<String, SortedMap<String, List<Integer>>> groups;
    /** Each group's shard files, by shard key. */
    private final Map<String, Map<String, byte[]>> shards;
    private final List<byte[]> documentFiles;
    private final Map<String, Map<String, List<Integer>>> facets;
    private final Map<String, Map<String, byte[]>> facetFiles;
    private final byte[] index;
    private final byte[] stemmer;

    private KeptIndex(SearchLanguage language, List<Analysed> documents,
            Map<String, SortedMap<String, List<Integer>>> groups, Map<String, Map<String, byte[]>> shards,
            List<byte[]> documentFiles, Map<String, Map<String, List<Integer>>> facets,
            Map<String, Map<String, byte[]>> facetFiles, byte[] index, byte[] stemmer) {
        this.language = language;
        this.documents = documents;
        this.groups = groups;
        this.shards = shards;
        this.documentFiles = documentFiles;
        this.facets = facets;
        this.facetFiles = facetFiles;
        this.index = index;
        this.stemmer = stemmer;
    }

    /** The whole index of {@code documents} (in number order) made anew. */
    static KeptIndex of(SearchLanguage language, List<Analysed> documents,
            Map<String, Map<String, List<Integer>>> facets) {
        SortedMap<String, List<Integer>> postings = SearchIndex.build(language, documents.stream(),
                Analysed::shown, Analysed::terms, facets).postings();
        Map<String, SortedMap<String, List<Integer>>> groups = new HashMap<>();
        postings.forEach((term, docs) -> groups.computeIfAbsent(group(term), g -> new TreeMap<>()).put(term, docs));
        Map<String, Map<String, byte[]>> shards = new HashMap<>();
        groups.forEach((g, group) -> shards.put(g, SearchIndex.shardsOfGroup(group)));
        List<byte[]> documentFiles = documents.stream().map(d -> SearchIndex.documentFile(d.shown())).toList();
        byte[] stemmer = language.script().map(StemmerScript::of).orElse(null);
        return new KeptIndex(language, List.copyOf(documents), groups, shards, documentFiles, facets,
                facetFiles(facets, Map.of(), Map.of()), indexFile(language, documents.size(), shards, facets), stemmer);
    }

    /**
     * The index of {@code documents} (in number order) and {@code facets}, made from this one: the files of what
     * did not change are this one's byte arrays.
     */
    KeptIndex next(List<Analysed> next, Map<String, Map<String, List<Integer>>> nextFacets) {
        if (!sameStories(next)) {
            return of(language, next, nextFacets);
        }
        Map<String, SortedMap<String, List<Integer>>> nextGroups = new HashMap<>(groups);
        Set<String> changed = new HashSet<>();
        List<byte[]> nextDocumentFiles = new ArrayList<>(documentFiles);
        for (int n = 0; n < next.size(); n++) {
            Analysed was = documents.get(n);
            Analysed is = next.get(n);
            if (!is.showsAs(was)) {
                nextDocumentFiles.set(n, SearchIndex.documentFile(is.shown()));
            }
            // an unchanged story's terms are last update's very list (derived from the same text)
            if (is.terms() != was.terms() && !is.terms().equals(was.terms())) {
                Set<String> before = new HashSet<>(was.terms());
                Set<String> after = new HashSet<>(is.terms());
                for (String term : before) {
                    if (!after.contains(term)) {
                        update(nextGroups, changed, term, n, false);
                    }
                }
                for (String term : after) {
                    if (!before.contains(term)) {
                        update(nextGroups, changed, term, n, true);
                    }
                }
            }
        }
        Map<String, Map<String, byte[]>> nextShards = new HashMap<>(shards);
        for (String g : changed) {
            SortedMap<String, List<Integer>> group = nextGroups.get(g);
            if (group == null) {
                nextShards.remove(g);
            } else {
                nextShards.put(g, SearchIndex.shardsOfGroup(group));
            }
        }
        byte[] nextIndex = indexFile(language, next.size(), nextShards, nextFacets);
        return new KeptIndex(language, List.copyOf(next), nextGroups, nextShards, List.copyOf(nextDocumentFiles),
                nextFacets, facetFiles(nextFacets, facets, facetFiles),
                Arrays.equals(nextIndex, index) ? index : nextIndex, stemmer);
    }

    /** Every file of the index, by path below the output root: the same a full build writes. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new TreeMap<>();
        shards.values().forEach(group -> group.forEach((key, bytes) -> files.put(SearchIndex.shardPath(language, key),
                bytes)));
        facetFiles.forEach((facet, values) -> values.forEach((value, bytes) -> files.put(
                SearchIndex.facetPath(language, facet, value), bytes)));
        for (int n = 0; n < documentFiles.size(); n++) {
            files.put(SearchIndex.documentPath(language, n), documentFiles.get(n));
        }
        if (stemmer != null) {
            files.put(SearchIndex.stemmerPath(language), stemmer);
        }
        files.put(SearchIndex.indexPath(language), index);
        return files;
    }

    /** Whether {@code next} numbers the same stories (by URL) as this index. */
    private boolean sameStories(List<Analysed> next) {
        if (next.size() != documents.size()) {
            return false;
        }
        for (int n = 0; n < next.size(); n++) {
            if (!next.get(n).url().equals(documents.get(n).url())) {
                return false;
            }
        }
        return true;
    }

    /** Adds document {@code n} to the postings of {@code term} or removes it, copying what it changes. */
    private void update(Map<String, SortedMap<String, List<Integer>>> nextGroups, Set<String> changed, String term,
            int n, boolean add) {
        String g = group(term);
        if (changed.add(g)) {
            // copied once per update: this index's own maps stay as they were
            nextGroups.put(g, new TreeMap<>(groups.getOrDefault(g, new TreeMap<>())));
        }
        SortedMap<String, List<Integer>> group = nextGroups.get(g);
        List<Integer> docs = new ArrayList<>(group.getOrDefault(term, List.of()));
        int at = Collections.binarySearch(docs, n);
        if (add && at < 0) {
            docs.add(-at - 1, n);
        } else if (!add && at >= 0) {
            docs.remove(at);
        }
        if (docs.isEmpty()) {
            group.remove(term);
        } else {
            group.put(term, List.copyOf(docs));
        }
        if (group.isEmpty()) {
            nextGroups.remove(g);
        }
    }

    private static String group(String term) {
        return SearchIndex.key(term, SearchIndex.SHARD_PREFIX);
    }

    private static byte[] indexFile(SearchLanguage language, int count, Map<String, Map<String, byte[]>> shards,
            Map<String, Map<String, List<Integer>>> facets) {
        Set<String> keys = new HashSet<>();
        shards.values().forEach(group -> keys.addAll(group.keySet()));
        return SearchIndex.indexFile(language, count, keys, facets.keySet());
    }

    /** Each facet value's file: {@code kept}'s bytes when its documents are the same as in {@code before}. */
    private static Map<String, Map<String, byte[]>> facetFiles(Map<String, Map<String, List<Integer>>> facets,
            Map<String, Map<String, List<Integer>>> before, Map<String, Map<String, byte[]>> kept) {
        Map<String, Map<String, byte[]>> files = new TreeMap<>();
        facets.forEach((facet, values) -> {
            Map<String, byte[]> out = new TreeMap<>();
            values.forEach((value, docs) -> {
                List<Integer> was = before.getOrDefault(facet, Map.of()).get(value);
                out.put(value, docs.equals(was) ? kept.get(facet).get(value) : SearchIndex.facetFile(docs));
            });
            files.put(facet, out);
        });
        return files;
    }
}
