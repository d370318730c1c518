package be.storysite.forms;

import be.storysite.core.json.JsonText;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON form of a {@link FormDefinition}: properties and map keys sorted, lists in their order, so the
 * same definition always gives the same bytes and therefore the same version hash, on any machine.
 */
final class FormJson {

    /** Hex digits of the SHA-256 kept as version: enough to tell definitions apart, short enough to log. */
    static final int VERSION_LENGTH = 12;

    /**
     * Reads compiled forms (the lead service). A holder of its own, so that writing, which every build does, never
     * builds a mapper: Jackson's reflection over the records cost a cold JVM some 40 ms of a bare build.
     */
    private static final class Reading {
        // Configured once and never changed afterwards: Jackson mappers are thread-safe once built.
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    private FormJson() {
    }

    /**
     * The form as JSON with every object's keys sorted (the records' properties and the texts' languages), lists
     * in their order: what Jackson writes for it with {@code SORT_PROPERTIES_ALPHABETICALLY} and
     * {@code ORDER_MAP_ENTRIES_BY_KEYS} ({@code FormDefinitionTest} compares both), without reflection.
     */
    static String write(FormDefinition form) {
        Map<String, Object> json = new TreeMap<>();
        json.put("consentText", sorted(form.consentText()));
        json.put("errorPage", sorted(form.errorPage()));
        json.put("fields", form.fields().stream().map(FormJson::field).toList());
        json.put("honeypotField", form.honeypotField());
        json.put("id", form.id());
        json.put("minSecondsToSubmit", form.minSecondsToSubmit());
        json.put("privacyVersion", form.privacyVersion());
        json.put("submitLabel", sorted(form.submitLabel()));
        json.put("thankYouPage", sorted(form.thankYouPage()));
        json.put("title", sorted(form.title()));
        json.put("version", form.version());
        return JsonText.of(json);
    }

    private static Map<String, Object> field(FieldDefinition field) {
        Map<String, Object> json = new TreeMap<>();
        json.put("autocomplete", field.autocomplete());
        json.put("choices", field.choices().stream().map(FormJson::choice).toList());
        json.put("help", sorted(field.help()));
        json.put("label", sorted(field.label()));
        json.put("maxLength", field.maxLength());
        json.put("name", field.name());
        json.put("required", field.required());
        json.put("type", field.type().typeName());
        return json;
    }

    private static Map<String, Object> choice(Choice choice) {
        Map<String, Object> json = new TreeMap<>();
        json.put("label", sorted(choice.label()));
        json.put("value", choice.value());
        return json;
    }

    private static Map<String, String> sorted(Map<String, String> texts) {
        return new TreeMap<>(texts);
    }

    static String versionOf(FormDefinition form) {
        try {
            byte[] canonical = canonical(form).getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            return HexFormat.of().formatHex(digest).substring(0, VERSION_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** How a form's JSON ends when its version is empty (the record holds none as ""): cut for the canonical form. */
    private static final String NO_VERSION = ",\"version\":\"\"}";

    /**
     * What the version hashes: the canonical JSON of everything but the version (it must not depend on itself).
     * "version" sorts after every other property, so the form written with an empty one ends in {@code "version":""},
     * which is cut. (Converting the form to a map and writing that without the key gave the same bytes, but made a
     * cold JVM build Jackson's map deserializers for it: half of a bare build's {@code forms} step.)
     */
    static String canonical(FormDefinition form) {
        String json = write(new FormDefinition(form.id(), null, form.fields(), form.consentText(),
                form.privacyVersion(), form.thankYouPage(), form.errorPage(), form.honeypotField(),
                form.minSecondsToSubmit(), form.title(), form.submitLabel()));
        if (!json.endsWith(NO_VERSION)) {
            throw new IllegalStateException("the version of form '" + form.id() + "' is not its last property");
        }
        return json.substring(0, json.length() - NO_VERSION.length()) + "}";
    }

    static FormDefinition read(String json) {
        FormDefinition form;
        try {
            form = Reading.MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), FormDefinition.class);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a compiled form definition: " + e.getMessage(), e);
        }
        String expected = form.computeVersion();
        if (!expected.equals(form.version())) {
            throw new IllegalArgumentException("compiled form '" + form.id() + "' says version '" + form.version()
                    + "' but its content hashes to '" + expected + "': it was edited or damaged; rebuild the site");
        }
        return form;
    }
}
