package be.storysite.leads.delivery;

import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FormDefinition;
import be.storysite.forms.FormsConfig;
import java.util.List;
import java.util.Optional;

/**
 * The {@link FieldCatalog} of the loaded form definitions ({@code contact-forms/*.yaml}): the order and the labels
 * the prospect saw. A lead of a form that no longer exists (renamed since) still gets a notification, with the
 * composer's own labels.
 *
 * <pre>{@code
 * FieldCatalog catalog = new FormsFieldCatalog(FormsLoader.load(siteDir.resolve("contact-forms")));
 * }</pre>
 */
public final class FormsFieldCatalog implements FieldCatalog {

    private final FormsConfig forms;

    public FormsFieldCatalog(FormsConfig forms) {
        this.forms = forms;
    }

    @Override
    public List<String> order(String formId) {
        return form(formId).map(form -> form.fields().stream().map(FieldDefinition::name).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<String> label(String formId, String field, String lang) {
        return field(formId, field).map(definition -> definition.label(lang)).filter(label -> !label.isBlank());
    }

    @Override
    public Optional<String> choiceLabel(String formId, String field, String value, String lang) {
        return field(formId, field).flatMap(definition -> definition.choice(value))
                .map(choice -> choice.label(lang)).filter(label -> !label.isBlank());
    }

    private Optional<FormDefinition> form(String formId) {
        return forms.hasForm(formId) ? Optional.of(forms.form(formId)) : Optional.empty();
    }

    private Optional<FieldDefinition> field(String formId, String field) {
        return form(formId).flatMap(form -> form.field(field));
    }
}
