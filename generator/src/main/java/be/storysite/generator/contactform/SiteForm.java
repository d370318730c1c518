package be.storysite.generator.contactform;

import be.storysite.forms.FormDefinition;
import be.storysite.forms.routing.RoutingConfig;
import java.util.Objects;

/**
 * What step {@code forms} hands the render step: the contact form pages end with, and the routing rules of its
 * leads, which also say whom a story's reader can call ({@link StoryContacts}).
 *
 * <pre>{@code
 * SiteForm form = new FormsStep().run(config, context).orElseThrow();
 * form.definition().id();   // "contact"
 * }</pre>
 */
public record SiteForm(FormDefinition definition, RoutingConfig routing) {

    public SiteForm {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(routing, "routing");
    }
}
