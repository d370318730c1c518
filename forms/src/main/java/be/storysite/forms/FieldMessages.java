package be.storysite.forms;

/**
 * The messages {@link FormValidator} gives for one field, in one language, so that the page's script can show the
 * very same sentences before posting (the browser's own, English, bubbles never appear).
 *
 * <pre>{@code
 * FieldMessages m = FieldMessages.of(form.field("email").orElseThrow(), "fr");
 * m.invalid();   // "Indiquez une adresse e-mail valide, par exemple nom@commune.be."
 * }</pre>
 *
 * @param missing shown when a required field is empty (the consent box has its own sentence)
 * @param invalid shown when the value does not fit the field's type; empty for types without such a check
 * @param tooLong shown when the value is longer than the field's {@code max_length}
 */
public record FieldMessages(String missing, String invalid, String tooLong) {

    public static FieldMessages of(FieldDefinition field, String lang) {
        String missing = ValidationMessages.get(lang,
                field.name().equals(FormDefinition.CONSENT_FIELD) ? "consent" : "required");
        String invalid = switch (field.type()) {
            case EMAIL -> ValidationMessages.get(lang, "email");
            case TEL -> ValidationMessages.get(lang, "tel");
            case POSTCODE -> ValidationMessages.get(lang, "postcode");
            case SELECT -> ValidationMessages.get(lang, "choice");
            case TEXT, TEXTAREA, HIDDEN, CHECKBOX -> "";
        };
        return new FieldMessages(missing, invalid, ValidationMessages.get(lang, "tooLong", field.maxLength()));
    }
}
