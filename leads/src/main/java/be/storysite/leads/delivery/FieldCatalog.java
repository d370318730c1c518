package be.storysite.leads.delivery;

import java.util.List;
import java.util.Optional;

/**
 * What the form definitions say about their fields, as the notification needs it: their order and their labels
 * (and choice labels) per language. The service implements it over the forms configuration
 * ({@code contact-forms/*.yaml}); {@link #none()} knows nothing and the composer falls back to its own Dutch
 * labels for the usual fields.
 *
 * <pre>{@code
 * catalog.label("contact", "organisation", "nl");                 // Optional["Organisatie"]
 * catalog.choiceLabel("contact", "topic", "cloud", "nl");         // Optional["Cloud en hosting"]
 * }</pre>
 */
public interface FieldCatalog {

    /** The form's fields in the order the form shows them; empty when the form is unknown. */
    List<String> order(String formId);

    Optional<String> label(String formId, String field, String lang);

    /** The label of a select/checkbox choice value, when the field has choices. */
    Optional<String> choiceLabel(String formId, String field, String value, String lang);

    /** A catalog that knows no form. */
    static FieldCatalog none() {
        return new FieldCatalog() {
            @Override
            public List<String> order(String formId) {
                return List.of();
            }

            @Override
            public Optional<String> label(String formId, String field, String lang) {
                return Optional.empty();
            }

            @Override
            public Optional<String> choiceLabel(String formId, String field, String value, String lang) {
                return Optional.empty();
            }
        };
    }
}
