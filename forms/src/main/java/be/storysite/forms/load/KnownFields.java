package be.storysite.forms.load;

import be.storysite.forms.Choice;
import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FieldType;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields the forms define, so routing rules can be checked against them: a rule naming {@code postocde} is an
 * error, and so is a specialist for a topic no form offers.
 *
 * <p>A rule's field must exist in at least one form; for a form without it the rule simply does not match.
 */
final class KnownFields {

    private final Set<String> names = new TreeSet<>();
    private final List<FieldDefinition> fields;
    private final boolean complete;

    KnownFields(Collection<FormSource> forms) {
        this.complete = forms.stream().allMatch(FormSource::readable);
        forms.forEach(f -> names.addAll(f.fieldNames().keySet()));
        this.fields = forms.stream().flatMap(f -> f.fields().stream()).toList();
    }

    /**
     * Whether {@code name} may be a field: true when some form has it, and also when a form file could not be read
     * at all (its own error is reported; calling every rule's field unknown would only bury it).
     */
    boolean has(String name) {
        return names.contains(name) || !complete;
    }

    Set<String> names() {
        return names;
    }

    /** The types this field has in the forms that define it without errors. */
    Set<FieldType> types(String name) {
        Set<FieldType> types = new LinkedHashSet<>();
        fields.stream().filter(f -> f.name().equals(name)).forEach(f -> types.add(f.type()));
        return types;
    }

    /**
     * The choice values of this field where it is a select, empty when no form makes it a select (then any value is
     * possible and nothing can be checked).
     */
    Optional<Set<String>> choices(String name) {
        List<FieldDefinition> selects = fields.stream()
                .filter(f -> f.name().equals(name) && f.type() == FieldType.SELECT).toList();
        if (selects.isEmpty()) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        selects.forEach(f -> f.choices().stream().map(Choice::value).forEach(values::add));
        return Optional.of(values);
    }
}
