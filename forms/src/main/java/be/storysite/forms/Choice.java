package be.storysite.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One option of a {@link FieldType#SELECT} field: the value that is posted and stored, and its label per language.
 *
 * <pre>{@code
 * new Choice("ocmw", Map.of("nl", "OCMW", "fr", "CPAS", "en", "Public social welfare centre")).label("fr"); // "CPAS"
 * }</pre>
 */
public record Choice(String value, Map<String, String> label) {

    public Choice {
        Objects.requireNonNull(value, "value");
        label = Collections.unmodifiableMap(new LinkedHashMap<>(label == null ? Map.of() : label));
    }

    /** The label in {@code lang}, falling back to Dutch. */
    public String label(String lang) {
        return Languages.pick(label, lang);
    }
}
