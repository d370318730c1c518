package be.storysite.leads.http;

import be.storysite.forms.Choice;
import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FormDefinition;
import be.storysite.forms.routing.Manager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data of {@code form-answer.ftlh}: the form definition's texts in the page's language, what the visitor posted,
 * the message per field, and for a storage failure whom to contact. Ids are the site form's own
 * ({@code contact-email}), so links and styles are the same as on the page the visitor came from.
 *
 * <pre>{@code
 * Map<String, Object> model = FormAnswerModel.of(form, "fr", params, errors, Optional.empty(), "/leads/contact");
 * }</pre>
 */
final class FormAnswerModel {

    private FormAnswerModel() {
    }

    /**
     * @param params what was posted (kept in the fields and in the hidden context)
     * @param errors message per field name; empty for a storage failure
     * @param contact whom to contact instead, when the lead could not be stored
     */
    static Map<String, Object> of(FormDefinition form, String lang, Map<String, List<String>> params,
                                  Map<String, String> errors, Optional<Manager> contact, String action) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", lang);
        model.put("form_id", form.id());
        model.put("form_title", form.title(lang));
        model.put("submit_label", form.submitLabel(lang));
        model.put("action", action);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (FieldDefinition field : form.fields()) {
            fields.add(field(form, field, lang, first(params, field.name()), errors.getOrDefault(field.name(), "")));
        }
        model.put("fields", fields);
        List<Map<String, String>> summary = new ArrayList<>();
        errors.forEach((name, message) -> summary.add(Map.of("id", form.id() + "-" + name, "message", message,
                "label", form.field(name).map(f -> label(form, f, lang)).orElse(name))));
        model.put("errors", summary);
        List<Map<String, String>> carried = new ArrayList<>();
        for (String name : PageContext.CARRIED) {
            String value = first(params, name);
            if (!value.isEmpty()) {
                carried.add(Map.of("name", name, "value", value));
            }
        }
        model.put("carried", carried);
        contact.ifPresent(m -> model.put("contact", Map.of("name", m.name(), "email", m.email(),
                "phone", m.phone(), "phone_link", m.phone().replace(" ", ""))));
        return model;
    }

    private static Map<String, Object> field(FormDefinition form, FieldDefinition field, String lang, String value,
                                             String error) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", field.name());
        view.put("id", form.id() + "-" + field.name());
        view.put("type", field.typeName());
        view.put("label", label(form, field, lang));
        view.put("help", field.help(lang));
        view.put("required", field.required());
        view.put("max_length", field.maxLength());
        view.put("autocomplete", field.autocomplete());
        view.put("value", value);
        view.put("error", error);
        List<Map<String, String>> choices = new ArrayList<>();
        for (Choice choice : field.choices()) {
            choices.add(Map.of("value", choice.value(), "label", choice.label(lang)));
        }
        view.put("choices", choices);
        return view;
    }

    /** The consent box is labelled by the consent sentence. */
    private static String label(FormDefinition form, FieldDefinition field, String lang) {
        return field.name().equals(FormDefinition.CONSENT_FIELD) && field.label(lang).isEmpty()
                ? form.consentText(lang) : field.label(lang);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
