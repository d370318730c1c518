package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the incremental build remembers of one written page.
 *
 * @param inputs the fingerprint of everything the page's rendering read (see {@link PageInputs}); null when it
 *     read something that cannot be fingerprinted, so it is rendered every time
 * @param environment what it depends on besides its data model ({@link PageInputs#environment})
 * @param values the data model's value of each name the template read, as last seen (the very objects; an
 *     absent name as {@link #ABSENT})
 * @param reads what its template read of the data model
 * @param output the fingerprint of the bytes written
 * @param problems the errors and warnings rendering it gave (broken links, ...), reported again while it is not
 *     re-rendered: an update that failed keeps its records, so the next one reports them as a full build would
 */
record PageRecord(Fingerprint inputs, Fingerprint environment, Map<Object, Object> values, Reads reads,
        Fingerprint output, List<Diagnostic> problems) {

    /** Stands for a name the data model does not have. */
    static final Object ABSENT = new Object();

    PageRecord {
        problems = List.copyOf(problems);
    }

    /** The values of {@code model} the template read, by name ({@code reads} is of the model as a whole). */
    static Map<Object, Object> valuesRead(Map<String, Object> model, Reads reads) {
        Map<Object, Object> values = new HashMap<>(reads.children().size() * 2);
        reads.children().keySet().forEach(name -> values.put(name, valueOf(model, name)));
        return values;
    }

    /**
     * Whether {@code model} holds, under each name the template read last time, the very same object, or a list
     * or map of the same class and size where the template read nothing of it but its size. The data model is not
     * changed once built, so the page read the same values: it would write the same bytes.
     */
    boolean sameValues(Map<String, Object> model) {
        if (reads.wholeRead() || reads.sizeRead()) {
            return false; // it walked the whole model: the names are not all there is
        }
        for (Map.Entry<Object, Object> e : values.entrySet()) {
            Object now = valueOf(model, e.getKey());
            if (now != e.getValue() && !sameSize(reads.children().get(e.getKey()), e.getValue(), now)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code read} is of the size alone, and {@code last} and {@code now} are lists or maps of one class
     * and size: a story list page prints how many stories the language has ({@code stories?size}), and that list
     * is a new object after any story's card changed.
     */
    private static boolean sameSize(Reads read, Object last, Object now) {
        if (read == null || !read.sizeRead() || read.wholeRead() || !read.children().isEmpty() || last == null
                || now == null || last.getClass() != now.getClass()) {
            return false;
        }
        if (last instanceof List<?> a) {
            return a.size() == ((List<?>) now).size();
        }
        return last instanceof Map<?, ?> m && m.size() == ((Map<?, ?>) now).size();
    }

    private static Object valueOf(Map<String, Object> model, Object name) {
        Object value = model.get(name);
        return value != null || model.containsKey(name) ? value : ABSENT;
    }
}
