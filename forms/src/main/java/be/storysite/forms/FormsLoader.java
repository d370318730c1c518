package be.storysite.forms;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.files.SiteFolder;
import be.storysite.forms.load.FormFileReader;
import be.storysite.forms.load.FormSource;
import be.storysite.forms.load.RoutingFileReader;
import be.storysite.forms.routing.RoutingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and validates {@code contact-forms/}: one {@code <id>.yaml} per form and {@code routing.yaml}. The build
 * and the lead service both call it, so a mistake is caught before the site is published and again before the
 * service starts.
 *
 * <pre>{@code
 * try {
 *     FormsConfig config = FormsLoader.load(Path.of("contact-forms"));
 * } catch (DiagnosticException e) {
 *     e.diagnostics().forEach(d -> System.err.println(d.format(siteRoot)));
 *     // contact-forms/routing.yaml:14:14: error: unknown manager 'an-peters' in rule 'account-lindebeek'
 *     //   hint: did you mean 'an-peeters'?
 * }
 * }</pre>
 */
public final class FormsLoader {

    /** The routing file's name; every other {@code .yaml} file in the folder is a form. */
    public static final String ROUTING_FILE = "routing.yaml";
    private static final String STEP = "forms";

    private FormsLoader() {
    }

    /**
     * Reads every form and the routing.
     *
     * @throws DiagnosticException (step {@code forms}) with every error found, each with file:line:col and a hint
     */
    public static FormsConfig load(Path contactFormsDir) {
        Diagnostics problems = new Diagnostics();
        Optional<FormsConfig> config = load(contactFormsDir, problems);
        problems.throwIfErrors(STEP);
        return config.orElseThrow();
    }

    /** Like {@link #load(Path)} but reports into {@code problems} (warnings too) instead of throwing. */
    public static Optional<FormsConfig> load(Path contactFormsDir, Diagnostics problems) {
        if (!Files.isDirectory(contactFormsDir)) {
            problems.error(SourcePosition.of(contactFormsDir), "no contact-forms folder at " + contactFormsDir,
                    "create it with one <form>.yaml per form and routing.yaml (see docs/forms.md)");
            return Optional.empty();
        }
        SiteFolder site = new SiteFolder(contactFormsDir.toAbsolutePath().getParent());
        List<Path> formFiles = new ArrayList<>();
        for (Path file : site.files(contactFormsDir, 1, problems)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml")) {
                problems.error(SourcePosition.of(file), "'" + name + "' ends in .yml and would be ignored",
                        "rename it to " + name.replaceFirst("\\.yml$", ".yaml"));
            } else if (name.endsWith(".yaml") && !name.equals(ROUTING_FILE)) {
                formFiles.add(file);
            }
        }
        if (formFiles.isEmpty()) {
            problems.error(SourcePosition.of(contactFormsDir), "no form in " + contactFormsDir,
                    "add a form file such as contact.yaml (see docs/forms.md)");
        }
        FormFileReader formReader = new FormFileReader(problems);
        List<FormSource> forms = formFiles.stream().map(formReader::read).toList();
        Path routingFile = contactFormsDir.resolve(ROUTING_FILE);
        Optional<RoutingConfig> routing = site.inside(routingFile, problems)
                ? new RoutingFileReader(problems, forms).read(routingFile) : Optional.empty();
        if (problems.hasErrors() || routing.isEmpty()) {
            return Optional.empty();
        }
        Map<String, FormDefinition> byId = new LinkedHashMap<>();
        forms.forEach(f -> byId.put(f.id(), f.definition().orElseThrow()));
        return Optional.of(new FormsConfig(byId, routing.get()));
    }
}
