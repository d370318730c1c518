package be.storysite.generator.contactform;

import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.forms.FormsConfig;
import be.storysite.forms.FormsLoader;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Step {@code forms}: reads {@code contact-forms/} with the forms module's loader (an error there is a build
 * error: a site whose form cannot be routed must not go live) and picks the form story and service pages end
 * with ({@code contact_form} of site.yaml), with the routing rules. A site without {@code contact-forms/} has no form.
 */
public final class FormsStep implements Step<SiteConfig, Optional<SiteForm>> {

    @Override
    public String name() {
        return "forms";
    }

    @Override
    public Optional<SiteForm> run(SiteConfig config, BuildContext context) {
        Path dir = context.source().resolve("contact-forms");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Optional<FormsConfig> forms = FormsLoader.load(dir, context.problems());
        if (forms.isEmpty()) {
            return Optional.empty();
        }
        if (!forms.get().hasForm(config.contactForm())) {
            context.problems().error(SourcePosition.of(context.source().resolve("site.yaml")),
                    "contact_form '" + config.contactForm() + "' has no definition contact-forms/"
                            + config.contactForm() + ".yaml", "use one of: "
                            + String.join(", ", forms.get().forms().keySet()) + ", or add that file");
            return Optional.empty();
        }
        return Optional.of(new SiteForm(forms.get().form(config.contactForm()), forms.get().routing()));
    }
}
