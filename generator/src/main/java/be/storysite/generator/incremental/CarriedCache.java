package be.storysite.generator.incremental;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache that lives from build to build as long as builds use its entries: {@link #next} starts the next
 * build's cache, which is offered this one's entries and keeps those it asks for. So it holds what the last build
 * used, never more, and needs no size limit. Keys compared by identity hold on to their objects, so no other
 * object can take their identity while they are cached. Thread-safe.
 *
 * <pre>{@code
 * CarriedCache<Identity, Fingerprint> seen = new CarriedCache<>();
 * seen.put(key, f);
 * seen = seen.next();        // a new build
 * seen.get(key);             // f, and kept for the build after
 * }</pre>
 */
final class CarriedCache<K, V> {

    private final Map<K, V> previous;
    private final Map<K, V> current = new ConcurrentHashMap<>();

    CarriedCache() {
        this(Map.of());
    }

    private CarriedCache(Map<K, V> previous) {
        this.previous = previous;
    }

    /** This build's value, else the last build's (kept from now on), else null. */
    V get(K key) {
        V value = current.get(key);
        if (value == null) {
            value = previous.get(key);
            if (value != null) {
                current.put(key, value);
            }
        }
        return value;
    }

    void put(K key, V value) {
        current.put(key, value);
    }

    /** The cache of the next build, offered what this one holds. */
    CarriedCache<K, V> next() {
        return new CarriedCache<>(current);
    }
}
