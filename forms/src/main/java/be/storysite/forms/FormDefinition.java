package be.storysite.forms;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact form, read from {@code contact-forms/<id>.yaml} by {@link FormsLoader}.
 *
 * <p>The build writes {@link #toJson()} into the site; the lead service may read it back with
 * {@link #fromJson(String)}. Both sides compare {@link #version()}, a hash of the definition, so the service
 * validates exactly what the page asked.
 *
 * <pre>{@code
 * FormDefinition contact = FormsLoader.load(Path.of("contact-forms")).form("contact");
 * contact.thankYouPage("fr");                      // "/fr/merci/"
 * contact.version();                               // e.g. "3f9a0c1b2d4e", changes when any text or rule changes
 * FormDefinition same = FormDefinition.fromJson(contact.toJson());
 * }</pre>
 *
 * @param id the form's id, its file name without {@code .yaml}, e.g. {@code contact}; posts go to {@code /leads/<id>}
 * @param version first 12 hex digits of the SHA-256 of the canonical JSON of everything else
 * @param fields the fields in the order shown; the consent checkbox ({@link #CONSENT_FIELD}) is the last one
 * @param consentText the consent statement per language, the label of the consent checkbox
 * @param privacyVersion the version of the privacy notice the visitor agrees to, stored with each lead
 * @param thankYouPage the site path per language a successful post is redirected to, e.g. {@code /bedankt/}
 * @param errorPage the site path per language shown when the lead cannot be stored
 * @param honeypotField the name of the hidden field that only robots fill
 * @param minSecondsToSubmit the time trap: a post sooner than this after the page loaded is treated as a robot
 * @param title the form's heading per language
 * @param submitLabel the submit button's text per language
 */
public record FormDefinition(String id, String version, List<FieldDefinition> fields, Map<String, String> consentText,
        String privacyVersion, Map<String, String> thankYouPage, Map<String, String> errorPage, String honeypotField,
        int minSecondsToSubmit, Map<String, String> title, Map<String, String> submitLabel) {

    /** The name of the consent checkbox every form ends with. */
    public static final String CONSENT_FIELD = "consent";

    public FormDefinition {
        Objects.requireNonNull(id, "id");
        version = version == null ? "" : version;
        fields = List.copyOf(fields);
        consentText = FieldDefinition.copy(consentText);
        privacyVersion = privacyVersion == null ? "" : privacyVersion;
        thankYouPage = FieldDefinition.copy(thankYouPage);
        errorPage = FieldDefinition.copy(errorPage);
        honeypotField = honeypotField == null ? "" : honeypotField;
        title = FieldDefinition.copy(title);
        submitLabel = FieldDefinition.copy(submitLabel);
    }

    /** The field posted as {@code name}, if the form has one. */
    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public String consentText(String lang) {
        return Languages.pick(consentText, lang);
    }

    public String thankYouPage(String lang) {
        return Languages.pick(thankYouPage, lang);
    }

    public String errorPage(String lang) {
        return Languages.pick(errorPage, lang);
    }

    public String title(String lang) {
        return Languages.pick(title, lang);
    }

    public String submitLabel(String lang) {
        return Languages.pick(submitLabel, lang);
    }

    /**
     * Whether a post filled the honeypot: a person never sees that field, so any non-blank value means a robot.
     * The lead service then answers as if all went well and drops the post.
     */
    public boolean honeypotFilled(Map<String, List<String>> params) {
        List<String> values = params.get(honeypotField);
        return values != null && values.stream().anyMatch(v -> v != null && !v.isBlank());
    }

    /** The hash of this definition's content, ignoring the {@link #version()} it carries. */
    public String computeVersion() {
        return FormJson.versionOf(this);
    }

    /** This definition with {@link #version()} set to {@link #computeVersion()}. */
    public FormDefinition withComputedVersion() {
        return new FormDefinition(id, computeVersion(), fields, consentText, privacyVersion, thankYouPage, errorPage,
                honeypotField, minSecondsToSubmit, title, submitLabel);
    }

    /** The compiled definition as JSON (keys sorted, version included), as the build writes it into the site. */
    public String toJson() {
        return FormJson.write(this);
    }

    /**
     * Reads a definition written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException when the text is not such JSON, or its version does not match its content
     *     (the file was edited by hand or is damaged: rebuild the site)
     */
    public static FormDefinition fromJson(String json) {
        return FormJson.read(json);
    }
}
