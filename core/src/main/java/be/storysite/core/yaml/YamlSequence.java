package be.storysite.core.yaml;

import be.storysite.core.diagnostic.SourcePosition;
import java.util.List;

/** A YAML list, {@code [a, b]} or one {@code - item} per line. */
public record YamlSequence(List<YamlNode> items, SourcePosition position) implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
