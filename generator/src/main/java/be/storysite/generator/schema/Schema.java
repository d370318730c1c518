package be.storysite.generator.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields one kind of header may have, e.g. a story's front matter or {@code site.yaml}.
 *
 * @param noun how messages name the header, e.g. {@code story front matter}
 * @param fields the known fields, in the order documented
 * @param open whether other keys are allowed without a warning (JBake documents carry any metadata)
 */
public record Schema(String noun, List<FieldSpec> fields, boolean open) {

    public Schema {
        fields = List.copyOf(fields);
    }

    public Schema(String noun, List<FieldSpec> fields) {
        this(noun, fields, false);
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** This schema with more fields, e.g. the fields every content type shares plus a story's own. */
    public Schema with(List<FieldSpec> more) {
        Map<String, FieldSpec> all = new LinkedHashMap<>();
        fields.forEach(f -> all.put(f.key(), f));
        more.forEach(f -> all.put(f.key(), f));
        return new Schema(noun, List.copyOf(all.values()), open);
    }

    /** The same fields under another name, e.g. {@code service front matter}. */
    public Schema named(String otherNoun, boolean allowOtherKeys) {
        return new Schema(otherNoun, fields, allowOtherKeys);
    }

    public String knownKeys() {
        return String.join(", ", fields.stream().map(FieldSpec::key).toList());
    }
}
