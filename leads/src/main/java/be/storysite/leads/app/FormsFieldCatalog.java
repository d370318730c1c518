package be.storysite.leads.app;

import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FormDefinition;
import be.storysite.forms.FormsConfig;
import be.storysite.leads.delivery.FieldCatalog;
import java.util.List;
import java.util.Optional;

/**
 * The delivery's view of the form definitions: field order and labels per language, so the notification shows
 * "Organisatie" rather than {@code organisation}.
 *
 * <pre>{@code
 * new FormsFieldCatalog(forms).label("contact", "organisation", "nl");   // Optional["Organisatie"]
 * }</pre>
 */
final class FormsFieldCatalog implements FieldCatalog {

    private final FormsConfig forms;

    FormsFieldCatalog(FormsConfig forms) {
        this.forms = forms;
    }

    @Override
    public List<String> order(String formId) {
        return form(formId).map(f -> f.fields().stream().map(FieldDefinition::name).toList()).orElse(List.of());
    }

    @Override
    public Optional<String> label(String formId, String field, String lang) {
        return field(formId, field).map(f -> f.label(lang));
    }

    @Override
    public Optional<String> choiceLabel(String formId, String field, String value, String lang) {
        return field(formId, field).flatMap(f -> f.choice(value)).map(c -> c.label(lang));
    }

    private Optional<FormDefinition> form(String formId) {
        return forms.hasForm(formId) ? Optional.of(forms.form(formId)) : Optional.empty();
    }

    private Optional<FieldDefinition> field(String formId, String field) {
        return form(formId).flatMap(f -> f.field(field));
    }
}
