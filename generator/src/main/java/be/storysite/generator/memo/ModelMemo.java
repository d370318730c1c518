package be.storysite.generator.memo;

import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps the data-model values of the last build, so that a value that comes out the same in this build is the
 * very same object. The live preview's incremental build relies on it: a page whose template read only values
 * that are identical to last time's cannot have changed, which it sees without looking inside them, and the
 * fingerprints it took of a value last time still hold for the same object.
 *
 * <p>Correct by construction: every value is built anew from this build's site, and {@link #same} hands back last
 * build's value of the slot instead only when the two are equal in order ({@link #equal}). Nothing says what a
 * value is made from, so no input can be forgotten; the comparison is cheap because a value made of kept objects
 * (an unchanged file's content item, last build's views) is compared by identity first. The values must not be
 * changed once built (the data model is read-only).
 *
 * <pre>{@code
 * ModelMemo memo = new ModelMemo();            // kept by the incremental build from build to build
 * memo.nextBuild();
 * List<Object> stories = memo.same(new ModelMemo.Slot("nl", "stories"), views.of(language.stories()));
 * Pager pager = memo.same(new ModelMemo.Slot(url, "pager"), pager(page));
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
    private final RecordComponents components = new RecordComponents();
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
                // not used by the last build: its page is gone. Only now and then: a kept value is compared
                // before it is handed out, so one left over a little longer costs only memory.
                entries.values().removeIf(e -> e.used < last);
            }
            build = last + 1;
        }
    }

    /** Whether this memo keeps values ({@link #NONE} does not): a caller may skip work only a memo needs. */
    public boolean active() {
        return active;
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
        entries.put(slot, new Entry(value, build));
        return value;
    }

    /**
     * {@code f(input)}, or last build's result for {@code slot} when {@code input} is {@link #equal} to last build's
     * input: for a value that is costly to make from something cheap to build and compare (a page's JSON-LD text
     * from its graph of maps). {@code f} must be a pure function of {@code input}, so the input is the whole key
     * and nothing can be left out of it.
     */
    public <I, V> V derive(Slot slot, I input, Function<I, V> f) {
        if (!active) {
            return f.apply(input);
        }
        Entry last = entries.get(slot);
        if (last != null && last.value instanceof Derived<?, ?> d && equal(d.input(), input)) {
            last.used = build;
            @SuppressWarnings("unchecked")
            V kept = (V) d.output();
            return kept;
        }
        V value = f.apply(input);
        entries.put(slot, new Entry(new Derived<>(input, value), build));
        return value;
    }

    /** A derived value and the input it was made from. */
    private record Derived<I, V>(I input, V output) {
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
        if (a instanceof String) {
            return a.equals(b); // most leaves are strings: no need to ask whether they are maps or records first
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
            return components.same(a, b, this::equal);
        }
        return plain(a) && a.equals(b);
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof Date
                || value instanceof TemporalAccessor || value instanceof Locale || value instanceof Path;
    }

    /**
     * Where a value lives in the data model, e.g. ({@code /klantverhalen/}, {@code pager}) or ({@code nl},
     * {@code stories}).
     */
    public record Slot(String scope, String name) {
    }

    /** A kept value and the last build that used it (one thread per slot a build). */
    private static final class Entry {
        final Object value;
        volatile int used;

        Entry(Object value, int used) {
            this.value = value;
            this.used = used;
        }
    }
}
