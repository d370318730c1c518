package be.storysite.forms.load;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlSequence;
import be.storysite.forms.Choice;
import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the keys of one item of a form's {@code fields:} list (its name is checked by {@link FormFileReader},
 * which knows the other fields): type, texts, limits, autocomplete and a select's choices.
 */
final class FieldReader {

    static final List<String> CHOICE_KEYS = List.of("value", "label");
    /** Choice values are stored and used in routing rules: keep them plain. */
    private static final Pattern CHOICE_VALUE = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final Diagnostics problems;

    FieldReader(Diagnostics problems) {
        this.problems = problems;
    }

    /** The field named {@code name}; check {@code problems} for errors before using it. */
    FieldDefinition read(String name, StrictMapping field) {
        Optional<FieldType> type = field.text("type", "write e.g.  type: text  (one of " + typeNames() + ")")
                .flatMap(t -> {
                    Optional<FieldType> parsed = FieldType.parse(t);
                    if (parsed.isEmpty()) {
                        problems.error(field.positionOf("type"), "unknown type '" + t + "' for " + field.what(),
                                Suggestions.hint(t, typeNames()));
                    }
                    return parsed;
                });
        boolean hidden = type.map(t -> t == FieldType.HIDDEN).orElse(false);
        Map<String, String> label = field.translations("label", !hidden, "Naam");
        Map<String, String> help = field.translations("help", false, "Zoals je het op een brief zou schrijven");
        boolean required = field.bool("required", false);
        int maxLength = field.integer("max_length", type.map(FieldType::defaultMaxLength).orElse(200), 1, 100_000);
        String autocomplete = field.text("autocomplete", "", "an HTML autocomplete value such as  email");
        if (!autocomplete.isEmpty() && !AutocompleteTokens.isValid(autocomplete)) {
            problems.error(field.positionOf("autocomplete"), "'" + autocomplete + "' is not an HTML autocomplete value",
                    Suggestions.hint(AutocompleteTokens.lastToken(autocomplete), AutocompleteTokens.FIELD_NAMES));
        }
        List<Choice> choices = readChoices(field, type.orElse(null));
        return new FieldDefinition(name, type.orElse(FieldType.TEXT), label, help, required, maxLength, choices,
                autocomplete);
    }

    private List<Choice> readChoices(StrictMapping field, FieldType type) {
        List<Choice> choices = new ArrayList<>();
        if (type != FieldType.SELECT) {
            if (field.has("choices") && type != null) {
                problems.error(field.positionOf("choices"), field.what() + " has choices but is a "
                        + type.typeName() + " field", "only a select has choices: write  type: select, or remove them");
            }
            return choices;
        }
        Optional<YamlSequence> list = field.list("choices", true,
                "a select needs choices, e.g.  choices: [{value: gemeente, label: {nl: Gemeente, ...}}]");
        if (list.isPresent() && list.get().items().isEmpty()) {
            problems.error(list.get().position(), field.what() + " is a select without choices",
                    "list at least one choice with its value and label");
        }
        Map<String, SourcePosition> seen = new HashMap<>();
        list.ifPresent(items -> items.items().forEach(item -> StrictMapping.of(item,
                StrictMapping.describe(item, "value", "choice") + " of " + field.what(),
                CHOICE_KEYS, problems).ifPresent(choice -> {
                    Optional<String> value = choice.text("value", "write e.g.  value: gemeente");
                    Map<String, String> label = choice.translations("label", true, "Gemeente");
                    value.ifPresent(v -> {
                        SourcePosition at = choice.positionOf("value");
                        SourcePosition first = seen.putIfAbsent(v, at);
                        if (!CHOICE_VALUE.matcher(v).matches()) {
                            problems.error(at, "choice value '" + v + "' of " + field.what() + " is not a plain word",
                                    "use lower-case letters, digits and hyphens, e.g.  iets-anders; the label is what "
                                            + "visitors read");
                        } else if (first != null) {
                            problems.error(at, "choice value '" + v + "' of " + field.what()
                                    + " is listed twice (first on line " + first.line() + ")", "remove one of them");
                        }
                        choices.add(new Choice(v, label));
                    });
                })));
        return choices;
    }

    private static List<String> typeNames() {
        return Arrays.stream(FieldType.values()).map(FieldType::typeName).toList();
    }
}
