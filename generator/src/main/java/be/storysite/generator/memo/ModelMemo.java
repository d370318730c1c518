package be.storysite.generator.memo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps the data-model values of the last build, so that a value that comes out the same in this build is the
 * very same object. The live preview's incremental build relies on it: a page whose template read only values
 * that are identical to last time's cannot have changed, which it sees without looking inside them, and the
 * fingerprints it took of a value last time still hold for the same object.
 *
 * <p>Two ways to find last build's value for a slot (a page's {@code pager}, a language's {@code stories}, ...):
 * {@link #get} rebuilds the value only when the inputs it is made from differ (the caller names them all, as a
 * key); {@link #same} takes the value built anew and hands back last build's instead when the two are equal in
 * order ({@link #equal}). The values must not be changed once built (the data model is read-only).
 *
 * <pre>{@code
 * ModelMemo memo = new ModelMemo();            // kept by the incremental build from build to build
 * memo.nextBuild();
 * List<Object> stories = memo.same(new ModelMemo.Slot("nl", "stories"), views.of(language.stories()));
 * Pager pager = memo.get(new ModelMemo.Slot(url, "pager"), key, () -> pager(page));
 * }</pre>
 *
 * {@link #NONE} remembers nothing and compares nothing: the full build's. Thread-safe (pages are modelled on all
 * cores).
 */
public final class ModelMemo {

    /** Remembers nothing: every value is built, as in a full build. */
    public static final ModelMemo NONE = new ModelMemo(false);

    private static final int SWEEP_EVERY = 16;

    private final boolean active;
    private final Map<Slot, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Class<?>, List<Method>> accessors = new ConcurrentHashMap<>();
    /** The number of the current build; an entry remembers the last build that used it. */
    private volatile int build;

    public ModelMemo() {
        this(true);
    }

    private ModelMemo(boolean active) {
        this.active = active;
    }

    /** Starts a build: what the last one used is offered to this one, which keeps what it uses. */
    public void nextBuild() {
        if (active) {
            int last = build;
            if (last % SWEEP_EVERY == 0) {
                // not used by the last build: its page is gone. Only now and then: a kept value is right for its
                // key whenever it is asked for, so one left over a little longer costs only memory.
                entries.values().removeIf(e -> e.used < last);
            }
            build = last + 1;
        }
    }

    /**
     * Last build's value of {@code slot} if it was made from a key equal to {@code key}, else {@code build}'s.
     * The key must name everything the value is made from (compare objects by identity with {@link Ref}).
     */
    public <V> V get(Slot slot, Object key, Supplier<V> build) {
        if (!active) {
            return build.get();
        }
        Entry last = entries.get(slot);
        if (last != null && key.equals(last.key)) {
            last.used = this.build;
            @SuppressWarnings("unchecked")
            V kept = (V) last.value;
            return kept;
        }
        V value = build.get();
        entries.put(slot, new Entry(key, value, this.build));
        return value;
    }

    /**
     * Last build's value of {@code slot}, or null; {@code value} takes its place for the next build. For a caller
     * that keeps many values its own way (by object rather than by slot), as one value.
     */
    public <V> V swap(Slot slot, V value) {
        if (!active) {
            return null;
        }
        Entry last = entries.put(slot, new Entry(null, value, build));
        @SuppressWarnings("unchecked")
        V kept = last != null ? (V) last.value : null;
        return kept;
    }

    /** Last build's value of {@code slot} when it is {@link #equal} to {@code value}, else {@code value}. */
    public <V> V same(Slot slot, V value) {
        if (!active) {
            return value;
        }
        Entry last = entries.get(slot);
        if (last != null && equal(last.value, value)) {
            last.used = build;
            @SuppressWarnings("unchecked")
            V kept = (V) last.value;
            return kept;
        }
        entries.put(slot, new Entry(null, value, build));
        return value;
    }

    /**
     * Equal for a template: maps in iteration order (a template may list them), lists and other collections in
     * order, records by their components, plain values by {@code equals}. Anything else (an object with methods)
     * is equal only to itself. Objects that are the same instance are equal without a look inside, which is what
     * makes this cheap for values assembled from kept ones.
     */
    boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Map<?, ?> m) {
            Map<?, ?> n = (Map<?, ?>) b;
            if (m.size() != n.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> i = m.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> j = n.entrySet().iterator();
            while (i.hasNext()) {
                Map.Entry<?, ?> x = i.next();
                Map.Entry<?, ?> y = j.next();
                if (!equal(x.getKey(), y.getKey()) || !equal(x.getValue(), y.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Collection<?> c) {
            Collection<?> d = (Collection<?>) b;
            if (c.size() != d.size()) {
                return false;
            }
            Iterator<?> i = c.iterator();
            Iterator<?> j = d.iterator();
            while (i.hasNext()) {
                if (!equal(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a.getClass().isRecord()) {
            for (Method accessor : accessors.computeIfAbsent(a.getClass(), ModelMemo::accessorsOf)) {
                if (!equal(read(accessor, a), read(accessor, b))) {
                    return false;
                }
            }
            return true;
        }
        return plain(a) && a.equals(b);
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof Date
                || value instanceof TemporalAccessor || value instanceof Locale || value instanceof Path;
    }

    private static List<Method> accessorsOf(Class<?> type) {
        List<Method> all = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList();
        all.forEach(accessor -> accessor.setAccessible(true));
        return all;
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    /**
     * Where a value lives in the data model, e.g. ({@code /klantverhalen/}, {@code pager}) or ({@code nl},
     * {@code stories}).
     */
    public record Slot(String scope, String name) {
    }

    /** A part of a key compared by identity: a content item or view that is the same object is unchanged. */
    public record Ref(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** A list compared item by item by identity. */
    public record Refs(List<?> values) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Refs r) || r.values.size() != values.size()) {
                return false;
            }
            for (int i = 0; i < values.size(); i++) {
                if (r.values.get(i) != values.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return Objects.hash(values.size());
        }
    }

    /** A kept value, the key it was made from, and the last build that used it (one thread per slot a build). */
    private static final class Entry {
        final Object key;
        final Object value;
        volatile int used;

        Entry(Object key, Object value, int used) {
            this.key = key;
            this.value = value;
            this.used = used;
        }
    }
}
