package be.storysite.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a contact form, as the page shows it and the lead service checks it.
 *
 * <p>Made for templates too: {@code ${field.label(lang)}}, {@code field.typeName}, {@code field.required},
 * {@code field.maxLength}, {@code field.autocomplete} (empty when none), {@code field.choices}.
 *
 * <pre>{@code
 * FieldDefinition email = form.field("email").orElseThrow();
 * email.label("fr");      // "Adresse e-mail"
 * email.typeName();       // "email"
 * }</pre>
 *
 * @param name the posted parameter name, e.g. {@code organisation_type}
 * @param type the kind of input
 * @param label the label per language (nl, fr, en)
 * @param help optional help text per language; empty when the field has none
 * @param required whether the visitor must fill it (a required checkbox must be ticked)
 * @param maxLength the maximum number of characters accepted
 * @param choices the options of a select, in the order shown; empty for other types
 * @param autocomplete the HTML {@code autocomplete} token, e.g. {@code email}; empty when none
 */
public record FieldDefinition(String name, FieldType type, Map<String, String> label, Map<String, String> help,
        boolean required, int maxLength, List<Choice> choices, String autocomplete) {

    public FieldDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        label = copy(label);
        help = copy(help);
        choices = List.copyOf(choices == null ? List.of() : choices);
        autocomplete = autocomplete == null ? "" : autocomplete;
    }

    /** The label in {@code lang}, falling back to Dutch. */
    public String label(String lang) {
        return Languages.pick(label, lang);
    }

    /** The help text in {@code lang}, falling back to Dutch; empty when the field has no help. */
    public String help(String lang) {
        return Languages.pick(help, lang);
    }

    /** The type's lower-case name for templates, e.g. {@code "textarea"}. */
    public String typeName() {
        return type.typeName();
    }

    /** The choice posted as {@code value}, if this field offers it. */
    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    static Map<String, String> copy(Map<String, String> texts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(texts == null ? Map.of() : texts));
    }
}
