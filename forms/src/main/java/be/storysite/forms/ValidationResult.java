package be.storysite.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link FormValidator} made of a post.
 *
 * <pre>{@code
 * ValidationResult result = validator.validate(form, params, "nl");
 * if (!result.ok()) result.errors().get("email");   // "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be."
 * }</pre>
 *
 * @param values the cleaned values of the form's fields, in field order; only fields with a value (a ticked
 *     checkbox is {@code "true"}, an unticked one is absent); parameters the form does not define are never here
 * @param errors one message per invalid field, in field order, in the requested language
 */
public record ValidationResult(Map<String, String> values, Map<String, String> errors) {

    public ValidationResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** True when no field has an error. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
