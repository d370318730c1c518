package be.storysite.generator.incremental;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The byte arrays the preview's last update wrote, with their fingerprints, so that a file written again with the
 * very same array (the search index keeps the arrays of the files whose content did not change) is not hashed
 * again: an array handed to the output is never changed afterwards, so the same array has the same fingerprint.
 *
 * <p>Only the arrays of files that were written by the two last builds in a row are kept: those are the files
 * every update writes again (the search index), while a page is written by the first build and then only when it
 * changed, so keeping every array the first build wrote would hold the whole site in memory for nothing.
 *
 * <pre>{@code
 * WrittenBytes last = new WrittenBytes();                 // kept by the incremental build
 * last.fingerprint("_search/nl/docs/0.json", bytes);     // null: not the array written last time
 * last.committed(Map.of("_search/nl/docs/0.json", bytes), Map.of("_search/nl/docs/0.json", f));
 * }</pre>
 *
 * Read from all render threads during a build; {@link #committed} is called once the build is written.
 */
final class WrittenBytes {

    private record Known(byte[] bytes, Fingerprint fingerprint) {
    }

    private volatile Map<String, Known> known = Map.of();
    private volatile Set<String> lastWritten = Set.of();

    /** The fingerprint of {@code bytes} when they are the very array last build wrote to {@code path}, else null. */
    Fingerprint fingerprint(String path, byte[] bytes) {
        Known k = known.get(path);
        return k != null && k.bytes() == bytes ? k.fingerprint() : null;
    }

    /**
     * The output folder now holds what a build wrote.
     *
     * @param written the arrays the build was given, by path
     * @param fingerprints at least the fingerprint of every written file
     */
    void committed(Map<String, byte[]> written, Map<String, Fingerprint> fingerprints) {
        Set<String> before = lastWritten;
        Map<String, Known> next = new HashMap<>();
        written.forEach((path, bytes) -> {
            if (before.contains(path)) {
                next.put(path, new Known(bytes, fingerprints.get(path)));
            }
        });
        known = next;
        lastWritten = Set.copyOf(written.keySet());
    }
}
