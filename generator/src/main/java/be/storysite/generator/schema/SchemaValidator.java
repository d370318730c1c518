package be.storysite.generator.schema;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlScalar;
import be.storysite.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a header against a {@link Schema}: an unknown key is a warning, a missing required field or a value
 * of the wrong type is an error at the line where it was (or should have been) written.
 *
 * <pre>{@code
 * Fields story = new SchemaValidator().validate(frontMatter, StorySchemas.STORY, endOfHeader, problems);
 * // content/stories/haacht.md:4:1: error: story front matter needs 'quote' (the pull quote shown on lists ...)
 * }</pre>
 *
 * <p>Stateless: one instance serves the whole parallel build.
 */
public final class SchemaValidator {

    public Fields validate(YamlMapping header, Schema schema, SourcePosition end, Diagnostics problems) {
        Map<String, Object> values = new HashMap<>();
        Map<String, SourcePosition> positions = new HashMap<>();
        for (YamlMapping.Entry entry : header.entries()) {
            String key = entry.name();
            Optional<FieldSpec> spec = schema.field(key);
            if (spec.isEmpty()) {
                if (schema.open()) {
                    continue;
                }
                problems.warning(entry.key().position(), schema.noun() + " has an unknown key '" + key + "'",
                        "remove it or check its spelling; known keys: " + schema.knownKeys());
                continue;
            }
            positions.put(key, entry.value().position());
            if (entry.value() instanceof YamlScalar s && s.isNull()) {
                continue; // "key:" with nothing after it counts as not written
            }
            convert(entry.value(), spec.get(), schema, positions, problems).ifPresent(v -> values.put(key, v));
        }
        for (FieldSpec spec : schema.fields()) {
            if (spec.required() && !values.containsKey(spec.key()) && !positions.containsKey(spec.key())) {
                problems.error(end, schema.noun() + " needs '" + spec.key() + "' (" + spec.meaning() + ")",
                        "add a line such as  " + spec.example());
            } else if (spec.required() && !values.containsKey(spec.key()) && isEmpty(header, spec.key())) {
                problems.error(positions.get(spec.key()), schema.noun() + " needs a value for '" + spec.key()
                        + "' (" + spec.meaning() + ")", "write it after the colon, e.g.  " + spec.example());
            }
        }
        return new Fields(values, positions, end);
    }

    private static boolean isEmpty(YamlMapping header, String key) {
        return header.get(key).filter(n -> n instanceof YamlScalar s && s.isNull()).isPresent();
    }

    private Optional<Object> convert(YamlNode node, FieldSpec spec, Schema schema,
            Map<String, SourcePosition> positions, Diagnostics problems) {
        Optional<Object> value = switch (spec.type()) {
            case TEXT -> text(node);
            case CHOICE -> text(node).filter(spec.allowed()::contains);
            case DATE -> scalar(node).flatMap(YamlScalar::asDate).map(d -> (Object) d);
            case BOOLEAN -> scalar(node).flatMap(SchemaValidator::bool);
            case INTEGER -> scalar(node).filter(s -> s.kind() != YamlScalar.Kind.FLOAT).flatMap(YamlScalar::asLong)
                    .map(l -> (Object) l);
            case TEXT_LIST -> textList(node, spec, positions);
            case METRIC_LIST -> metrics(node, spec, schema, positions, problems);
            case MAPPING -> node instanceof YamlMapping m ? Optional.of(m) : Optional.empty();
        };
        Optional<String> mistake = spec.type() == ValueType.DATE ? scalar(node).map(YamlScalar::text)
                .flatMap(DateMistake::of) : Optional.empty();
        if (value.isEmpty() && mistake.isPresent()) {
            problems.error(node.position(), schema.noun() + ": '" + spec.key() + "' must be " + expected(spec)
                    + ", and '" + scalar(node).orElseThrow().text() + "' is none: " + mistake.get(),
                    "write it as  " + spec.example());
        } else if (value.isEmpty()) {
            problems.error(node.position(), schema.noun() + ": '" + spec.key() + "' must be " + expected(spec)
                    + ", not " + shown(node), "write it as  " + spec.example());
        }
        return value;
    }

    private static String expected(FieldSpec spec) {
        return spec.type() == ValueType.CHOICE ? "one of " + String.join(", ", spec.allowed())
                : spec.type().expected();
    }

    private static String shown(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return s.describe() + " ('" + s.text() + "')";
        }
        return node.describe();
    }

    private static Optional<YamlScalar> scalar(YamlNode node) {
        return node instanceof YamlScalar s ? Optional.of(s) : Optional.empty();
    }

    /** Any scalar reads as text (a title may well be {@code 2024}), but a list or mapping does not. */
    private static Optional<Object> text(YamlNode node) {
        return scalar(node).filter(s -> !s.isNull()).map(s -> s.text().strip()).filter(t -> !t.isEmpty())
                .map(t -> (Object) t);
    }

    private static Optional<Object> bool(YamlScalar s) {
        Optional<Boolean> b = s.asBoolean();
        if (b.isEmpty() && s.kind() == YamlScalar.Kind.STRING) { // JBake headers are plain text: featured=true
            String t = s.text().strip();
            b = t.equals("true") ? Optional.of(true) : t.equals("false") ? Optional.of(false) : Optional.empty();
        }
        return b.map(v -> (Object) v);
    }

    private static Optional<Object> textList(YamlNode node, FieldSpec spec, Map<String, SourcePosition> positions) {
        if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING) {
            // tags: a, b  (and JBake's tags=a,b) are a list too
            List<String> items = new ArrayList<>();
            for (String part : s.text().split(",")) {
                if (!part.isBlank()) {
                    positions.put(spec.key() + "#" + items.size(), s.position());
                    items.add(part.strip());
                }
            }
            return Optional.of(List.copyOf(items));
        }
        if (!(node instanceof YamlSequence seq)) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Optional<Object> t = text(item);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            positions.put(spec.key() + "#" + items.size(), item.position());
            items.add((String) t.get());
        }
        return Optional.of(List.copyOf(items));
    }

    private static Optional<Object> metrics(YamlNode node, FieldSpec spec, Schema schema,
            Map<String, SourcePosition> positions, Diagnostics problems) {
        if (!(node instanceof YamlSequence seq)) {
            return Optional.empty();
        }
        List<Metric> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Optional<Metric> metric = metric(item);
            if (metric.isEmpty()) {
                problems.error(item.position(), schema.noun() + ": each entry of '" + spec.key()
                        + "' needs a 'value' and a 'label', not " + shown(item),
                        "write it as  - value: \"90%\"  with  label: what the figure measures  on the next line");
                continue;
            }
            positions.put(spec.key() + "#" + items.size(), item.position());
            items.add(metric.get());
        }
        return Optional.of(List.copyOf(items));
    }

    private static Optional<Metric> metric(YamlNode item) {
        if (!(item instanceof YamlMapping m) || m.entries().size() != 2) {
            return Optional.empty();
        }
        Optional<Object> value = m.get("value").flatMap(SchemaValidator::text);
        Optional<Object> label = m.get("label").flatMap(SchemaValidator::text);
        return value.isPresent() && label.isPresent()
                ? Optional.of(new Metric((String) value.get(), (String) label.get())) : Optional.empty();
    }
}
