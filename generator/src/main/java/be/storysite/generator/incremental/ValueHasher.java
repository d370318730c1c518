package be.storysite.generator.incremental;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints the values of a page's data model deeply: maps (in iteration order, as a template would list
 * them), lists and sets, records (by their components), strings, numbers, dates and other plain values. Whatever
 * else a model holds (an object with methods, like JBake's {@code db}) cannot be fingerprinted: the answer is
 * {@code null}, and a page that read such a value is always rendered again.
 *
 * <p>The content views and lists are shared by many pages, so each map or list is fingerprinted once per build
 * (remembered by identity; the models are read-only while a build runs); records made per page (a pager) are not
 * remembered, records of scalars only (a pager's links) are, by equality. Thread-safe.
 *
 * <pre>{@code
 * ValueHasher hasher = new ValueHasher();
 * Fingerprint f = hasher.of(model.get("stories"));   // null if it holds something opaque
 * }</pre>
 */
final class ValueHasher {

    private static final Fingerprint NULL = new Hasher().add("null").fingerprint();
    private static final Fingerprint TRUE = new Hasher().add("true").fingerprint();
    private static final Fingerprint FALSE = new Hasher().add("false").fingerprint();

    /** Strings at least this long (story bodies) are remembered by identity from one build to the next. */
    private static final int LONG = 256;

    private final Map<Identity, Fingerprint> containers = new ConcurrentHashMap<>(1 << 17);
    private final Map<Class<?>, List<Method>> accessors = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> flat = new ConcurrentHashMap<>();
    private final Map<Object, Fingerprint> flatRecords = new ConcurrentHashMap<>(1 << 12);
    private final Map<Identity, Fingerprint> longStrings;
    private final Map<Identity, Fingerprint> previousLongStrings;

    ValueHasher() {
        this(Map.of());
    }

    /**
     * @param previous the long strings of the last build ({@link #longStrings()}): an unchanged file's body is
     *     the same {@code String} object from build to build, so it is not hashed again
     */
    ValueHasher(Map<Identity, Fingerprint> previous) {
        this.previousLongStrings = previous;
        this.longStrings = new ConcurrentHashMap<>(Math.max(16, previous.size() * 2));
    }

    /** The long strings this build fingerprinted, to hand to the next build's hasher. */
    Map<Identity, Fingerprint> longStrings() {
        return longStrings;
    }

    /** The fingerprint of {@code value}, or null when it holds something that cannot be fingerprinted. */
    Fingerprint of(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String s) {
            return s.length() < LONG ? string(s) : longStrings.computeIfAbsent(new Identity(s), k -> {
                Fingerprint known = previousLongStrings.get(k);
                return known != null ? known : string(s);
            });
        }
        if (value instanceof Integer i) {
            return new Hasher().add('I').add(i).fingerprint(); // ints and booleans are most of a pager's links
        }
        if (value instanceof Boolean b) {
            return b ? TRUE : FALSE;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof Path
                || value instanceof Locale) {
            return new Hasher().add(value.getClass().getName()).add(value.toString()).fingerprint();
        }
        if (value instanceof Date d) {
            return new Hasher().add('D').add(d.getTime()).fingerprint();
        }
        if (value.getClass().isRecord()) {
            return record(value);
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            Identity key = new Identity(value);
            Fingerprint known = containers.get(key);
            if (known == null) {
                known = container(value);
                if (known == null) {
                    return null;
                }
                containers.put(key, known);
            }
            return known;
        }
        return null;
    }

    /**
     * A record made per page (a pager) is not remembered; one whose components are all scalars (a pager's link)
     * is remembered by equality, which for such a record is equality of every component, i.e. of all it hashes:
     * the pagers of one list hold equal links, some 40,000 per update on 1,000 stories.
     */
    private Fingerprint record(Object value) {
        if (!flat.computeIfAbsent(value.getClass(), ValueHasher::scalarsOnly)) {
            return container(value);
        }
        Fingerprint known = flatRecords.get(value);
        if (known == null) {
            known = container(value);
            if (known != null) {
                flatRecords.put(value, known);
            }
        }
        return known;
    }

    private static boolean scalarsOnly(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .allMatch(t -> t.isPrimitive() || t == String.class || t == Integer.class || t == Long.class
                        || t == Boolean.class);
    }

    private static Fingerprint string(String s) {
        return new Hasher().add('S').add(s).fingerprint();
    }

    private Fingerprint container(Object value) {
        Hasher h = new Hasher();
        if (value instanceof Map<?, ?> map) {
            h.add('M').add(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!add(h, e.getKey()) || !add(h, e.getValue())) {
                    return null;
                }
            }
        } else if (value instanceof Collection<?> list) {
            h.add('L').add(list.size());
            for (Object item : list) {
                if (!add(h, item)) {
                    return null;
                }
            }
        } else {
            h.add('R').add(value.getClass().getName());
            for (Method accessor : accessors.computeIfAbsent(value.getClass(), ValueHasher::accessorsOf)) {
                if (!add(h, read(accessor, value))) {
                    return null;
                }
            }
        }
        return h.fingerprint();
    }

    private boolean add(Hasher h, Object value) {
        Fingerprint f = of(value);
        if (f == null) {
            return false;
        }
        h.add(f);
        return true;
    }

    private static List<Method> accessorsOf(Class<?> type) {
        List<Method> all = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor)
                .toList();
        all.forEach(accessor -> accessor.setAccessible(true)); // once: the check is not free per call
        return all;
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " for fingerprinting", e);
        }
    }

    /** A key that compares by identity: two equal but distinct lists are fingerprinted separately, which is safe. */
    record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
