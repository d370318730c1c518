package be.storysite.core.yaml;

import be.storysite.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping in the order written. Keys are unique: {@link YamlReader} reports a duplicate key as an error.
 *
 * <pre>{@code
 * YamlMapping story = (YamlMapping) YamlReader.read(text, file, 1);
 * story.get("title").map(YamlNode::position);   // where the title was written
 * }</pre>
 */
public record YamlMapping(List<Entry> entries, SourcePosition position) implements YamlNode {

    /** One {@code key: value} line; the key keeps its own position for "unknown key" warnings. */
    public record Entry(YamlScalar key, YamlNode value) {
        public String name() {
            return key.text();
        }
    }

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    public Optional<YamlNode> get(String key) {
        return entry(key).map(Entry::value);
    }

    public Optional<Entry> entry(String key) {
        for (Entry e : entries) {
            if (e.name().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public boolean has(String key) {
        return entry(key).isPresent();
    }

    @Override
    public String describe() {
        return "a mapping (key: value lines)";
    }
}
