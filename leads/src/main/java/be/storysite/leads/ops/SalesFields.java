package be.storysite.leads.ops;

import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FormDefinition;
import be.storysite.forms.FormsConfig;
import be.storysite.forms.load.AutocompleteTokens;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which field of a form holds what a salesperson reads. A form says it through the HTML {@code autocomplete}
 * token of its fields ({@code name}, {@code organization}, {@code email}, {@code tel}, {@code address-level2},
 * {@code postal-code}), so a form with other field names still fills the right columns; a field without one is
 * found by the example form's name ({@code organisation}, ...). The topic has no such token: it is the field named
 * {@code topic}.
 *
 * <pre>{@code
 * SalesFields fields = SalesFields.of(forms.form("contact"));
 * fields.organisation();   // "organisation" (autocomplete="organization")
 * }</pre>
 *
 * @param name the prospect's name
 * @param organisation their organisation
 * @param topic what the question is about
 * @param email their e-mail address
 * @param phone their phone number
 * @param organisationType the kind of organisation
 * @param municipality the municipality it serves
 * @param postcode its postcode
 * @param message the question
 */
public record SalesFields(String name, String organisation, String topic, String email, String phone,
                          String organisationType, String municipality, String postcode, String message) {

    /** The example contact form's field names, for a lead whose form is not known (any more). */
    public static final SalesFields BY_NAME = new SalesFields("name", "organisation", "topic", "email", "phone",
            "organisation_type", "municipality", "postcode", "message");

    /** The fields of {@code form}, by autocomplete token first, by the usual name else. */
    public static SalesFields of(FormDefinition form) {
        List<FieldDefinition> fields = form.fields();
        return new SalesFields(find(fields, "name", BY_NAME.name), find(fields, "organization", BY_NAME.organisation),
                BY_NAME.topic, find(fields, "email", BY_NAME.email), find(fields, "tel", BY_NAME.phone),
                BY_NAME.organisationType, find(fields, "address-level2", BY_NAME.municipality),
                find(fields, "postal-code", BY_NAME.postcode), BY_NAME.message);
    }

    /** For each lead's form id: its fields in {@code forms}, or {@link #BY_NAME} for a form that is gone. */
    public static Function<String, SalesFields> of(FormsConfig forms) {
        return formId -> forms.hasForm(formId) ? of(forms.form(formId)) : BY_NAME;
    }

    private static String find(List<FieldDefinition> fields, String token, String usualName) {
        Optional<FieldDefinition> tagged = fields.stream()
                .filter(f -> !f.autocomplete().isBlank() && AutocompleteTokens.lastToken(f.autocomplete()).equals(token))
                .findFirst();
        return tagged.map(FieldDefinition::name).orElse(usualName);
    }
}
