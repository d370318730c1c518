package be.storysite.generator.config;

import be.storysite.core.yaml.YamlMapping;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlScalar;
import be.storysite.core.yaml.YamlSequence;
import java.util.LinkedHashMap;

import java.util.Map;

/**
 * Turns positioned YAML into plain Java values for templates: mappings become maps, lists lists, numbers
 * {@code Long}/{@code Double}, booleans {@code Boolean}, everything else its text.
 */
public final class PlainValues {

    private PlainValues() {
    }

    public static Object of(YamlNode node) {
        if (node instanceof YamlMapping m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (YamlMapping.Entry e : m.entries()) {
                Object v = of(e.value());
                if (v != null) {
                    map.put(e.name(), v);
                }
            }
            return map;
        }
        if (node instanceof YamlSequence s) {
            return s.items().stream().map(PlainValues::of).filter(v -> v != null).toList();
        }
        YamlScalar s = (YamlScalar) node;
        return switch (s.kind()) {
            case NULL -> null;
            case BOOL -> s.asBoolean().orElse(false);
            case INT -> s.asLong().map(l -> (Object) l).orElse(s.text());
            case FLOAT -> parseDouble(s.text());
            default -> s.text();
        };
    }

    private static Object parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(YamlMapping mapping) {
        return (Map<String, Object>) of(mapping);
    }

}
