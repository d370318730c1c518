package be.storysite.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a post against its {@link FormDefinition} and cleans the values, with messages in the visitor's language.
 *
 * <p>Single-line values lose every line break and control character ({@link FieldText#singleLine}: each run becomes
 * one space) because they may end up in mail headers; messages keep their lines ({@link FieldText#multiLine}); all
 * values are trimmed. Parameters the form does not define are ignored and never
 * returned, so nothing unexpected is stored.
 *
 * <pre>{@code
 * ValidationResult r = new FormValidator().validate(form,
 *         Map.of("email", List.of("sofie@lindebeek.be"), "postcode", List.of("30000")), "fr");
 * r.errors().get("postcode");   // "Indiquez un code postal belge de quatre chiffres, par exemple 5000."
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class FormValidator {

    /** What browsers and scripts send for a ticked checkbox. */
    private static final Set<String> CHECKED = Set.of("on", "true", "yes", "1");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final int PHONE_MIN_DIGITS = 8;
    private static final int PHONE_MAX_DIGITS = 15; // E.164

    public ValidationResult validate(FormDefinition form, Map<String, List<String>> params, String lang) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldDefinition field : form.fields()) {
            String value = clean(field, first(params.get(field.name())));
            String error = check(field, value, lang);
            if (error != null) {
                errors.put(field.name(), error);
            } else if (!value.isEmpty()) {
                values.put(field.name(), field.type() == FieldType.CHECKBOX ? "true" : value);
            }
        }
        return new ValidationResult(values, errors);
    }

    private static String first(List<String> posted) {
        if (posted == null) {
            return "";
        }
        return posted.stream().filter(v -> v != null).findFirst().orElse("");
    }

    private static String clean(FieldDefinition field, String raw) {
        if (field.type().singleLine()) {
            // Not cut to the field's maximum: a value that is too long is told so, not silently shortened.
            return FieldText.singleLine(raw, Math.max(raw.length(), 1));
        }
        return FieldText.multiLine(raw);
    }

    /** The message for what is wrong with {@code value}, or null when it is fine. */
    private static String check(FieldDefinition field, String value, String lang) {
        if (value.isEmpty()) {
            if (!field.required()) {
                return null;
            }
            return ValidationMessages.get(lang,
                    field.name().equals(FormDefinition.CONSENT_FIELD) ? "consent" : "required");
        }
        // The type's own message first: "30000" is better told "four digits" than "at most 4 characters".
        String problem = switch (field.type()) {
            case EMAIL -> EmailAddress.isValid(value) ? null : "email";
            case TEL -> validPhone(value) ? null : "tel";
            case POSTCODE -> POSTCODE.matcher(value).matches() ? null : "postcode";
            case SELECT -> field.choice(value).isPresent() ? null : "choice";
            case CHECKBOX -> CHECKED.contains(value.toLowerCase(java.util.Locale.ROOT)) ? null : "checkbox";
            case TEXT, TEXTAREA, HIDDEN -> null;
        };
        if (problem != null) {
            return ValidationMessages.get(lang, problem);
        }
        if (value.codePointCount(0, value.length()) > field.maxLength()) {
            return ValidationMessages.get(lang, "tooLong", field.maxLength());
        }
        return null;
    }

    private static boolean validPhone(String value) {
        if (!PHONE_CHARACTERS.matcher(value).matches()) {
            return false;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        return digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
    }
}
