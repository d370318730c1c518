package be.storysite.forms;

import be.storysite.forms.routing.RoutingConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Everything in {@code contact-forms/}: the forms by id and the routing of their leads. Read it with
 * {@link FormsLoader#load(java.nio.file.Path)}, which validates all of it.
 *
 * <pre>{@code
 * FormsConfig config = FormsLoader.load(Path.of("contact-forms"));
 * FormDefinition contact = config.form("contact");
 * Router router = new Router(config.routing());
 * }</pre>
 *
 * @param forms the forms by id, in file name order
 * @param routing the relationship managers and the rules that pick one for a lead
 */
public record FormsConfig(Map<String, FormDefinition> forms, RoutingConfig routing) {

    public FormsConfig {
        forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        Objects.requireNonNull(routing, "routing");
    }

    /**
     * The form with this id.
     *
     * @throws NoSuchElementException naming the forms that exist, when there is none
     */
    public FormDefinition form(String id) {
        FormDefinition form = forms.get(id);
        if (form == null) {
            throw new NoSuchElementException("no contact form '" + id + "'; the forms are " + forms.keySet());
        }
        return form;
    }

    /** Whether a form with this id exists, e.g. to answer 404 for {@code POST /leads/<unknown>}. */
    public boolean hasForm(String id) {
        return forms.containsKey(id);
    }
}
