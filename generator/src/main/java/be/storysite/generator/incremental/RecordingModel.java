package be.storysite.generator.incremental;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page's data model as handed to FreeMarker, noting which top-level names the template read. A template is
 * deterministic: if every name it read has the same value next time (and the template and locale are the
 * same), it writes the same text, so the page need not be rendered again. Anything that walks the whole model
 * (its size, keys or entries, e.g. {@code .data_model?keys}) counts as reading every name.
 *
 * <pre>{@code
 * RecordingModel recorded = new RecordingModel(model);
 * engine.render(template, recorded, locale);
 * recorded.names();   // [content, msg, page, site]
 * }</pre>
 */
final class RecordingModel extends AbstractMap<String, Object> {

    /** Stands for "every name of the model". */
    static final String ALL = "*";

    private final Map<String, Object> model;
    private final Set<String> names = new TreeSet<>();

    RecordingModel(Map<String, Object> model) {
        this.model = model;
    }

    @Override
    public Object get(Object key) {
        names.add(String.valueOf(key));
        return model.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        names.add(String.valueOf(key));
        return model.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        names.add(ALL);
        return model.entrySet();
    }

    @Override
    public int size() {
        names.add(ALL);
        return model.size();
    }

    /** The names read so far, sorted; {@link #ALL} when the template walked the whole model. */
    Set<String> names() {
        return names.contains(ALL) ? Set.of(ALL) : Set.copyOf(names);
    }
}
