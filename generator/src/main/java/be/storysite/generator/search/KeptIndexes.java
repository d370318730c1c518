package be.storysite.generator.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live preview's search index of every language, kept from update to update, so that an update makes again
 * only the index files whose content changed ({@link KeptIndex}). Thread-safe: the languages are indexed at once.
 *
 * <pre>{@code
 * KeptIndexes kept = new KeptIndexes();            // held by the incremental build
 * Step<SearchStep.Input, Map<String, byte[]>> step = new SearchStep(memo, kept);
 * }</pre>
 */
public final class KeptIndexes {

    private final Map<String, KeptIndex> byLanguage = new ConcurrentHashMap<>();

    /** The files of {@code language}'s index of {@code documents}, made from last build's where they are the same. */
    Map<String, byte[]> files(SearchLanguage language, List<Analysed> documents,
            Map<String, Map<String, List<Integer>>> facets) {
        KeptIndex last = byLanguage.get(language.code());
        KeptIndex next = last == null ? KeptIndex.of(language, documents, facets) : last.next(documents, facets);
        byLanguage.put(language.code(), next);
        return next.files();
    }
}
