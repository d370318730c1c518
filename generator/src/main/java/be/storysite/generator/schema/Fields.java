package be.storysite.generator.schema;

import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a header after {@link SchemaValidator} checked them, typed as their {@link ValueType} says:
 * TEXT and CHOICE are {@code String}, DATE {@code LocalDate}, BOOLEAN {@code Boolean}, INTEGER {@code Long},
 * TEXT_LIST {@code List<String>}, METRIC_LIST {@code List<Metric>}, MAPPING the {@code YamlMapping} itself (for nested validation).
 *
 * <pre>{@code
 * Fields f = validator.validate(header, schema, problems);
 * String title = f.text("title").orElse("");
 * SourcePosition where = f.position("services", 2);   // the third list item, for "unknown service" errors
 * }</pre>
 *
 * @param values the valid values by key (invalid and unknown keys are absent)
 * @param positions where each key's value, and each list item ({@code key#index}), was written
 * @param end where a missing field would go (the end of the header), for "needs 'x'" errors
 */
public record Fields(Map<String, Object> values, Map<String, SourcePosition> positions, SourcePosition end) {

    public Fields {
        values = Map.copyOf(values);
        positions = Map.copyOf(positions);
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable((String) values.get(key));
    }

    public Optional<LocalDate> date(String key) {
        return Optional.ofNullable((LocalDate) values.get(key));
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    public Optional<Long> integer(String key) {
        return Optional.ofNullable((Long) values.get(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String key) {
        return (List<String>) values.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    public List<Metric> metrics(String key) {
        return (List<Metric>) values.getOrDefault(key, List.of());
    }

    public Optional<YamlMapping> mapping(String key) {
        return Optional.ofNullable((YamlMapping) values.get(key));
    }

    /** Where {@code key} was written, or the end of the header when it was not. */
    public SourcePosition position(String key) {
        return positions.getOrDefault(key, end);
    }

    /** Where item {@code index} of list {@code key} was written. */
    public SourcePosition position(String key, int index) {
        return positions.getOrDefault(key + "#" + index, position(key));
    }
}
