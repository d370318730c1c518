package be.storysite.forms.load;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlScalar;
import be.storysite.core.yaml.YamlSequence;
import be.storysite.forms.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping of a configuration file, read strictly: every key must be known (a typo is an error with "did you
 * mean"), every value of the expected type, and every problem goes to the shared {@link Diagnostics} with its
 * position, so one run reports all of them.
 *
 * <pre>{@code
 * StrictMapping.of(node, "field 'email'", List.of("name", "type", "label"), problems).ifPresent(field -> {
 *     Optional<String> name = field.text("name", "give the field a name such as  name: email");
 *     boolean required = field.bool("required", false);
 * });
 * }</pre>
 *
 * <p>Getters return an empty or fallback value after reporting a problem; callers build what they can and the
 * loader fails at the end if anything was reported.
 */
public final class StrictMapping {

    private final YamlMapping mapping;
    private final String what;
    private final Diagnostics problems;

    private StrictMapping(YamlMapping mapping, String what, Diagnostics problems) {
        this.mapping = mapping;
        this.what = what;
        this.problems = problems;
    }

    /**
     * Wraps {@code node} when it is a mapping and reports each key not in {@code allowedKeys}.
     *
     * @param what how messages name this mapping, e.g. {@code "rule 'account-lindebeek'"}
     */
    public static Optional<StrictMapping> of(YamlNode node, String what, List<String> allowedKeys,
            Diagnostics problems) {
        if (!(node instanceof YamlMapping mapping)) {
            problems.error(node.position(), what + " must be a mapping (key: value lines), not " + node.describe(),
                    "write one  key: value  per line, indented under it");
            return Optional.empty();
        }
        for (YamlMapping.Entry entry : mapping.entries()) {
            if (!allowedKeys.contains(entry.name())) {
                problems.error(entry.key().position(), "unknown key '" + entry.name() + "' in " + what,
                        Suggestions.hint(entry.name(), allowedKeys));
            }
        }
        return Optional.of(new StrictMapping(mapping, what, problems));
    }

    /**
     * How messages name a list item before it is read: {@code field 'email'} when its {@code idKey} is a text,
     * else {@code a field}, so even an unknown-key error says which item it is about.
     */
    public static String describe(YamlNode item, String idKey, String kind) {
        if (item instanceof YamlMapping m && m.get(idKey).orElse(null) instanceof YamlScalar id && !id.isNull()
                && !id.text().isBlank()) {
            return kind + " '" + id.text().strip() + "'";
        }
        return "a " + kind;
    }

    public SourcePosition position() {
        return mapping.position();
    }

    public String what() {
        return what;
    }

    public boolean has(String key) {
        return mapping.has(key);
    }

    public Optional<YamlNode> node(String key) {
        return mapping.get(key);
    }

    /** Where the value of {@code key} is written, or where this mapping starts when it is absent. */
    public SourcePosition positionOf(String key) {
        return mapping.get(key).map(YamlNode::position).orElse(mapping.position());
    }

    /** A required text; any scalar counts ({@code en: yes} is the text "yes", not true). */
    public Optional<String> text(String key, String hintWhenMissing) {
        return scalarText(key, true, hintWhenMissing);
    }

    /** An optional text, {@code fallback} when absent. */
    public String text(String key, String fallback, String hint) {
        return has(key) ? scalarText(key, false, hint).orElse(fallback) : fallback;
    }

    private Optional<String> scalarText(String key, boolean required, String hint) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            if (required) {
                problems.error(mapping.position(), what + " needs '" + key + "'", hint);
            }
            return Optional.empty();
        }
        if (!(node.get() instanceof YamlScalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            problems.error(node.get().position(), "'" + key + "' of " + what + " must be a text, not "
                    + node.get().describe(), hint);
            return Optional.empty();
        }
        return Optional.of(scalar.text().strip());
    }

    /** An optional {@code true}/{@code false}. */
    public boolean bool(String key, boolean fallback) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        Optional<Boolean> value = node.get() instanceof YamlScalar s ? s.asBoolean() : Optional.empty();
        if (value.isEmpty()) {
            problems.error(node.get().position(), "'" + key + "' of " + what + " must be true or false, not "
                    + node.get().describe(), "write  " + key + ": true  or  " + key + ": false");
            return fallback;
        }
        return value.get();
    }

    /** An optional whole number between {@code min} and {@code max}. */
    public int integer(String key, int fallback, int min, int max) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        Optional<Long> value = node.get() instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INT ? s.asLong()
                : Optional.empty();
        String hint = "write a whole number from " + min + " to " + max + ", e.g.  " + key + ": " + fallback;
        if (value.isEmpty()) {
            problems.error(node.get().position(), "'" + key + "' of " + what + " must be a whole number, not "
                    + node.get().describe(), hint);
            return fallback;
        }
        if (value.get() < min || value.get() > max) {
            problems.error(node.get().position(), "'" + key + "' of " + what + " is " + value.get()
                    + ", outside " + min + ".." + max, hint);
            return fallback;
        }
        return value.get().intValue();
    }

    /** A list; reported when absent and {@code required}, or when not a list. */
    public Optional<YamlSequence> list(String key, boolean required, String hint) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            if (required) {
                problems.error(mapping.position(), what + " needs '" + key + "'", hint);
            }
            return Optional.empty();
        }
        if (!(node.get() instanceof YamlSequence sequence)) {
            problems.error(node.get().position(), "'" + key + "' of " + what + " must be a list, not "
                    + node.get().describe(), "write one  - item  per line under it, or  " + key + ": [a, b]");
            return Optional.empty();
        }
        return Optional.of(sequence);
    }

    /** A list of texts (empty when absent); items that are not texts are reported and left out. */
    public List<YamlScalar> texts(String key, boolean required, String hint) {
        List<YamlScalar> out = new ArrayList<>();
        list(key, required, hint).ifPresent(sequence -> {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlScalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
                    out.add(new YamlScalar(scalar.text().strip(), scalar.kind(), scalar.position()));
                } else {
                    problems.error(item.position(), "each item of '" + key + "' of " + what + " must be a text, not "
                            + item.describe(), hint);
                }
            }
            if (required && sequence.items().isEmpty()) {
                problems.error(sequence.position(), "'" + key + "' of " + what + " is empty", hint);
            }
        });
        return out;
    }

    /**
     * A text per site language, {@code {nl: ..., fr: ..., en: ...}}: each language is required, other keys are
     * errors. Returns what was found (possibly incomplete after reporting).
     */
    public Map<String, String> translations(String key, boolean required, String example) {
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) {
            if (required) {
                problems.error(mapping.position(), what + " needs '" + key + "' in " + String.join(", ",
                        Languages.ALL), "add  " + key + ":  with one line per language, e.g.  nl: " + example);
            }
            return texts;
        }
        String label = "'" + key + "' of " + what;
        StrictMapping.of(node.get(), label, Languages.ALL, problems).ifPresent(byLang -> {
            for (String lang : Languages.ALL) {
                if (!byLang.has(lang)) {
                    problems.error(byLang.position(), label + " has no " + LANGUAGE_NAMES.get(lang) + " text ('"
                            + lang + "')", "add a line  " + lang + ": ...  under '" + key + "'");
                    continue;
                }
                byLang.text(lang, "write the " + LANGUAGE_NAMES.get(lang) + " text").ifPresent(t -> texts.put(lang, t));
            }
        });
        return texts;
    }

    private static final Map<String, String> LANGUAGE_NAMES = Map.of("nl", "Dutch", "fr", "French", "en", "English");
}
