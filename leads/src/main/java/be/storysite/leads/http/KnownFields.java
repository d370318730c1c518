package be.storysite.leads.http;

import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FormDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a post that names a parameter its form's page never sends: the form's fields, its honeypot and the
 * hidden page context ({@link PageContext}) are all there is. A stale page after a form changed gets told to reload
 * instead of having a field silently dropped.
 *
 * <pre>{@code
 * KnownFields.check(form, Map.of("is_admin", List.of("true")));   // throws Rejection 400 "unknownField"
 * }</pre>
 */
final class KnownFields {

    private KnownFields() {
    }

    static void check(FormDefinition form, Map<String, List<String>> params) throws Rejection {
        Set<String> known = new HashSet<>(PageContext.CARRIED);
        known.add(PageContext.ELAPSED_MS);
        if (!form.honeypotField().isEmpty()) {
            known.add(form.honeypotField());
        }
        form.fields().stream().map(FieldDefinition::name).forEach(known::add);
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                String shown = RequestBody.shown(name);
                throw new Rejection(400, "unknownField", "unknown field '" + shown + "'", shown);
            }
        }
    }
}
