package be.storysite.generator.contactform;

import be.storysite.forms.Choice;
import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FieldMessages;
import be.storysite.forms.FieldType;
import be.storysite.forms.FormDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact form in one language, flattened for {@code templates/macros/form.ftlh}: every text already in the
 * page's language, every id and {@code aria-describedby} target already named, so the macro stays simple.
 *
 * <pre>{@code
 * Map<String, Object> form = FormView.of(definition, "fr", "/leads");
 * form.get("action");   // "/leads/contact"
 * }</pre>
 */
public final class FormView {

    private FormView() {
    }

    public static Map<String, Object> of(FormDefinition form, String lang, String leadsEndpoint) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", form.id());
        view.put("version", form.version());
        view.put("action", leadsEndpoint + "/" + form.id());
        view.put("json", "/_forms/" + form.id() + ".json");
        view.put("title", form.title(lang));
        view.put("submit_label", form.submitLabel(lang));
        view.put("privacy_version", form.privacyVersion());
        view.put("honeypot", form.honeypotField());
        view.put("min_seconds", form.minSecondsToSubmit());
        view.put("thank_you", form.thankYouPage(lang));
        List<Object> fields = new ArrayList<>();
        for (FieldDefinition field : form.fields()) {
            if (field.type() == FieldType.HIDDEN) {
                continue; // hidden context fields are written by the macro from the page, not from the definition
            }
            fields.add(field(form, field, lang));
        }
        view.put("fields", fields);
        return Map.copyOf(view);
    }

    private static Map<String, Object> field(FormDefinition form, FieldDefinition field, String lang) {
        Map<String, Object> view = new LinkedHashMap<>();
        String id = form.id() + "-" + field.name();
        view.put("name", field.name());
        view.put("id", id);
        view.put("type", field.type().typeName());
        view.put("input_type", inputType(field.type()));
        boolean consent = field.name().equals(FormDefinition.CONSENT_FIELD);
        view.put("label", consent && field.label(lang).isEmpty() ? form.consentText(lang) : field.label(lang));
        view.put("help", field.help(lang));
        view.put("help_id", id + "-help");
        view.put("error_id", id + "-error");
        view.put("required", field.required());
        view.put("max_length", field.maxLength());
        view.put("autocomplete", field.autocomplete());
        view.put("postcode", field.type() == FieldType.POSTCODE);
        // The lead service's own sentences, for the page's script (setCustomValidity), so both say the same.
        FieldMessages messages = FieldMessages.of(field, lang);
        view.put("msg_missing", messages.missing());
        view.put("msg_invalid", messages.invalid());
        view.put("msg_too_long", messages.tooLong());
        List<Object> choices = new ArrayList<>();
        for (Choice choice : field.choices()) {
            choices.add(Map.of("value", choice.value(), "label", choice.label(lang)));
        }
        view.put("choices", choices);
        return view;
    }

    /** The {@code <input type>} of single-line fields; a Belgian postcode is four digits, typed as text. */
    private static String inputType(FieldType type) {
        return switch (type) {
            case EMAIL -> "email";
            case TEL -> "tel";
            case CHECKBOX -> "checkbox";
            default -> "text";
        };
    }
}
