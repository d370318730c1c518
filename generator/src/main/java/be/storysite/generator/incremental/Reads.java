package be.storysite.generator.incremental;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a template read of one value of its data model, as a tree: of a map, the keys it looked up (and what it
 * read of each value); of a list, its size and the items it looked at; of anything else, the whole value.
 * {@link #record} hands FreeMarker a view of the model that fills the tree as the template runs.
 *
 * <p>A template is deterministic: if every value it read is the same next time (and the template and locale
 * are), it writes the same text. So a page whose read tree has the same fingerprint over the new model
 * ({@link PageInputs}) need not be rendered again. A story list page that prints {@code stories?size} depends
 * on the number of stories, not on their texts; a page that lists the stories depends on each one it showed.
 *
 * <pre>{@code
 * Reads reads = new Reads();
 * engine.render(template, reads.record(model), locale);
 * reads.child("stories").sizeRead();   // true after ${stories?size}
 * }</pre>
 *
 * Not thread-safe: one page is rendered on one thread; the tree is only read after rendering.
 */
final class Reads {

    private final Map<Object, Reads> children;
    private boolean whole;
    private boolean size;

    Reads() {
        this.children = new HashMap<>();
    }

    private Reads(boolean whole, boolean size, Map<Object, Reads> children) {
        this.whole = whole;
        this.size = size;
        this.children = children;
    }

    /** A view of {@code model} that records what is read of it into this tree. */
    Map<String, Object> record(Map<String, Object> model) {
        return new RecordingMap(model, this);
    }

    boolean wholeRead() {
        return whole;
    }

    boolean sizeRead() {
        return size;
    }

    /** What was read below this value: map keys ({@code String}) or list indexes ({@code Integer}). */
    Map<Object, Reads> children() {
        return children;
    }

    Reads child(Object key) {
        return children.computeIfAbsent(key, k -> new Reads());
    }

    /**
     * This tree with every subtree replaced by the one equal subtree {@code shapes} already holds: most pages
     * read the same things of the shared values ({@code msg}, {@code site}, a story card), so a fingerprint
     * computed for one (value, subtree) pair serves them all ({@link PageInputs}). The result is not changed
     * afterwards.
     */
    Reads intern(Map<Shape, Reads> shapes) {
        Map<Object, Reads> canonical = new HashMap<>();
        if (!whole) {
            children.forEach((key, child) -> canonical.put(key, child.intern(shapes)));
        }
        Shape shape = new Shape(whole, size && !whole, Map.copyOf(canonical));
        return shapes.computeIfAbsent(shape, s -> new Reads(s.whole(), s.size(), s.children()));
    }

    /** The structure of a tree whose subtrees are already interned (so they compare by identity). */
    record Shape(boolean whole, boolean size, Map<Object, Reads> children) {
    }

    /** Records that the template read {@code value}, this value's {@code key}; what to hand the template. */
    private Object readChild(Object key, Object value) {
        return whole ? value : child(key).wrap(value);
    }

    /** A map or list is handed out as a recording view; any other value counts as read whole. */
    @SuppressWarnings("unchecked")
    private Object wrap(Object value) {
        if (whole) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return new RecordingMap((Map<String, Object>) map, this);
        }
        if (value instanceof List<?> list) {
            return new RecordingList((List<Object>) list, this);
        }
        whole = true;
        return value;
    }

    /** A map whose lookups are recorded; walking all of it counts as reading it whole. */
    private static final class RecordingMap extends AbstractMap<String, Object> {
        private final Map<String, Object> map;
        private final Reads reads;

        RecordingMap(Map<String, Object> map, Reads reads) {
            this.map = map;
            this.reads = reads;
        }

        @Override
        public Object get(Object key) {
            return reads.readChild(key, map.get(key));
        }

        @Override
        public boolean containsKey(Object key) {
            if (!reads.whole) {
                reads.child(key).whole = true; // presence is part of the value's fingerprint
            }
            return map.containsKey(key);
        }

        @Override
        public int size() {
            reads.size = true;
            return map.size();
        }

        @Override
        public boolean isEmpty() {
            return size() == 0;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            reads.whole = true;
            return map.entrySet();
        }
    }

    /**
     * A list whose size and items are recorded as they are read (iteration reads both). It is this tree's own
     * view of {@code list}: the tree is the list's node.
     */
    private static final class RecordingList extends AbstractList<Object> {
        private final List<Object> list;
        private final Reads node;

        RecordingList(List<Object> list, Reads node) {
            this.node = node;
            this.list = list;
        }

        @Override
        public int size() {
            node.size = true;
            return list.size();
        }

        @Override
        public Object get(int index) {
            return node.readChild(index, list.get(index));
        }
    }
}
