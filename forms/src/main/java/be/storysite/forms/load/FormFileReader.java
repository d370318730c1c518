package be.storysite.forms.load;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlSequence;
import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FieldType;
import be.storysite.forms.FormDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one form file, {@code contact-forms/<id>.yaml}, reporting every problem to the shared {@link Diagnostics}.
 * The format is described in {@code docs/forms.md}.
 *
 * <pre>{@code
 * FormSource contact = new FormFileReader(problems).read(Path.of("contact-forms/contact.yaml"));
 * }</pre>
 */
public final class FormFileReader {

    static final List<String> FORM_KEYS = List.of("title", "submit_label", "fields", "consent", "thank_you_page",
            "error_page", "honeypot_field", "min_seconds_to_submit");
    static final List<String> FIELD_KEYS = List.of("name", "type", "label", "help", "required", "max_length",
            "choices", "autocomplete");
    static final List<String> CONSENT_KEYS = List.of("text", "help", "privacy_version");

    /** Field and honeypot names: they become HTML names, database keys and CSV columns. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** Form ids appear in URLs ({@code /leads/contact}). */
    public static final Pattern FORM_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SITE_PATH = Pattern.compile("/([^\\s/?#]+/)*([^\\s/?#]+)?");

    static final String DEFAULT_HONEYPOT = "website";
    static final int DEFAULT_MIN_SECONDS = 3;

    private final Diagnostics problems;
    private final FieldReader fieldReader;

    public FormFileReader(Diagnostics problems) {
        this.problems = problems;
        this.fieldReader = new FieldReader(problems);
    }

    public FormSource read(Path file) {
        String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        int before = problems.errors().size();
        if (!FORM_ID.matcher(id).matches()) {
            problems.error(SourcePosition.of(file), "form file name '" + file.getFileName()
                    + "' is not a valid form id (it is used in the URL /leads/" + id + ")",
                    "rename it to lower-case letters, digits and hyphens, e.g. contact.yaml");
        }
        Optional<StrictMapping> form = YamlFiles.read(file, problems, "check that the file is readable")
                .flatMap(root -> StrictMapping.of(root, "form '" + id + "'", FORM_KEYS, problems));
        if (form.isEmpty()) {
            return FormSource.unreadable(id, file);
        }
        return read(id, file, form.get(), before);
    }

    private FormSource read(String id, Path file, StrictMapping form, int errorsBefore) {
        Map<String, String> title = form.translations("title", true, "Neem contact op");
        Map<String, String> submit = form.translations("submit_label", true, "Verstuur");
        String honeypot = form.text("honeypot_field", DEFAULT_HONEYPOT, "a field name such as  website");
        checkName(honeypot, form.positionOf("honeypot_field"), "honeypot field");
        int minSeconds = form.integer("min_seconds_to_submit", DEFAULT_MIN_SECONDS, 0, 600);
        Map<String, String> thanks = pages(form, "thank_you_page", "/bedankt/");
        Map<String, String> errorPage = pages(form, "error_page", "/contact/mislukt/");

        Map<String, SourcePosition> names = new LinkedHashMap<>();
        List<FieldDefinition> fields = new ArrayList<>();
        form.list("fields", true, "list the form's fields, each with  - name: ...  type: ...  label: ...")
                .ifPresent(list -> readFields(list, honeypot, names, fields));

        Consent consent = readConsent(form);
        if (consent != null) {
            fields.add(consent.field());
        }
        if (problems.errors().size() > errorsBefore) {
            return new FormSource(id, file, Optional.empty(), names, fields, true);
        }
        FormDefinition definition = new FormDefinition(id, "", fields, consent.text(), consent.privacyVersion(),
                thanks, errorPage, honeypot, minSeconds, title, submit).withComputedVersion();
        return new FormSource(id, file, Optional.of(definition), names, fields, true);
    }

    private Map<String, String> pages(StrictMapping form, String key, String example) {
        Map<String, String> pages = form.translations(key, true, example);
        form.node(key).ifPresent(node -> pages.forEach((lang, path) -> {
            if (!SITE_PATH.matcher(path).matches()) {
                problems.error(node.position(), "'" + key + "' for '" + lang + "' is '" + path
                        + "', not a path on the site", "write a path that starts with /, e.g.  " + example);
            }
        }));
        return pages;
    }

    private void readFields(YamlSequence list, String honeypot, Map<String, SourcePosition> names,
            List<FieldDefinition> fields) {
        for (YamlNode item : list.items()) {
            Optional<StrictMapping> field = StrictMapping.of(item,
                    StrictMapping.describe(item, "name", "field"), FIELD_KEYS, problems);
            if (field.isEmpty()) {
                continue;
            }
            Optional<String> name = field.get().text("name", "give the field a name such as  name: email");
            if (name.isEmpty()) {
                continue;
            }
            SourcePosition at = field.get().positionOf("name");
            if (!checkName(name.get(), at, "field name")) {
                continue;
            }
            SourcePosition first = names.putIfAbsent(name.get(), at);
            if (first != null) {
                problems.error(at, "field '" + name.get() + "' is defined twice (first on line " + first.line() + ")",
                        "give each field its own name");
            } else if (name.get().equals(FormDefinition.CONSENT_FIELD)) {
                problems.error(at, "the field name 'consent' is reserved for the consent checkbox",
                        "configure the checkbox under  consent:  (text, privacy_version) and remove this field");
            } else if (name.get().equals(honeypot)) {
                problems.error(at, "field '" + name.get() + "' has the name of the honeypot field",
                        "rename the field, or set  honeypot_field:  to a name no real field uses");
            }
            int before = problems.errors().size();
            FieldDefinition definition = fieldReader.read(name.get(), field.get());
            if (problems.errors().size() == before) {
                fields.add(definition);
            }
        }
    }

    private record Consent(Map<String, String> text, String privacyVersion, FieldDefinition field) {
    }

    private Consent readConsent(StrictMapping form) {
        if (!form.has("consent")) {
            problems.error(form.position(), form.what() + " needs 'consent' (the consent checkbox)",
                    "add  consent:  with  text:  per language and  privacy_version:");
            return null;
        }
        Optional<StrictMapping> consent = StrictMapping.of(form.node("consent").orElseThrow(),
                "'consent' of " + form.what(), CONSENT_KEYS, problems);
        if (consent.isEmpty()) {
            return null;
        }
        Map<String, String> text = consent.get().translations("text", true,
                "Ik ga akkoord dat Vicinia mijn gegevens gebruikt om me te contacteren.");
        Map<String, String> help = consent.get().translations("help", false, "Lees onze privacyverklaring.");
        String version = consent.get().text("privacy_version",
                "write the version of the privacy notice the visitor agrees to, e.g.  privacy_version: \"2024-05\"")
                .orElse("");
        FieldDefinition field = new FieldDefinition(FormDefinition.CONSENT_FIELD, FieldType.CHECKBOX, text, help, true,
                FieldType.CHECKBOX.defaultMaxLength(), List.of(), "");
        return new Consent(text, version, field);
    }

    private boolean checkName(String name, SourcePosition at, String what) {
        if (NAME.matcher(name).matches()) {
            return true;
        }
        problems.error(at, what + " '" + name + "' is not a plain name",
                "use lower-case letters, digits and underscores, starting with a letter, e.g.  organisation_type");
        return false;
    }

}
