package be.storysite.generator.incremental;

import be.storysite.generator.memo.Identity;
import be.storysite.generator.memo.RecordComponents;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints the values of a page's data model deeply: maps (in iteration order, as a template would list
 * them), lists and sets, records (by their components), strings, numbers, dates and other plain values. Whatever
 * else a model holds (an object with methods, like JBake's {@code db}) cannot be fingerprinted: the answer is
 * {@code null}, and a page that read such a value is always rendered again.
 *
 * <p>The content views and lists are shared by many pages, so each map, list or record is fingerprinted once
 * (remembered by identity; the data model is read-only once built), and, through {@link #next}, once for as long
 * as the live preview keeps the object; records of scalars only (a pager's links) are remembered by equality.
 * Thread-safe.
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

    private final CarriedCache<Identity, Fingerprint> containers;
    private final RecordComponents components = new RecordComponents();
    private final Map<Class<?>, Boolean> flat = new ConcurrentHashMap<>();
    private final CarriedCache<Object, Fingerprint> flatRecords;
    private final CarriedCache<Identity, Fingerprint> longStrings;

    ValueHasher() {
        this(new CarriedCache<>(), new CarriedCache<>(), new CarriedCache<>());
    }

    private ValueHasher(CarriedCache<Identity, Fingerprint> containers, CarriedCache<Object, Fingerprint> flatRecords,
            CarriedCache<Identity, Fingerprint> longStrings) {
        this.containers = containers;
        this.flatRecords = flatRecords;
        this.longStrings = longStrings;
    }

    /**
     * The hasher of the next build, which keeps the fingerprints of the objects both use: an unchanged file's
     * body, and the content views and lists the data model keeps from build to build (a
     * {@link be.storysite.generator.memo.ModelMemo}), are the same objects, and are not read again.
     */
    ValueHasher next() {
        return new ValueHasher(containers.next(), flatRecords.next(), longStrings.next());
    }

    /** The fingerprint of {@code value}, or null when it holds something that cannot be fingerprinted. */
    Fingerprint of(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String s) {
            if (s.length() < LONG) {
                return string(s);
            }
            Identity key = new Identity(s);
            Fingerprint known = longStrings.get(key);
            if (known == null) {
                known = string(s);
                longStrings.put(key, known);
            }
            return known;
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
            return remembered(value);
        }
        return null;
    }

    /** A container's fingerprint, remembered by identity: the data model is not changed once built. */
    private Fingerprint remembered(Object value) {
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

    /**
     * A record holding other values (a pager) is remembered by identity, as maps and lists are; one whose
     * components are all scalars (a pager's link) by equality, which for such a record is equality of every
     * component, i.e. of all it hashes: the pagers of one list hold equal links, some 40,000 on 1,000 stories.
     */
    private Fingerprint record(Object value) {
        if (!flat.computeIfAbsent(value.getClass(), RecordComponents::scalarsOnly)) {
            return remembered(value);
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
            for (Object component : components.of(value)) {
                if (!add(h, component)) {
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
}
