package be.storysite.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesTheBytesJacksonsObjectMapperWritesForTheSameTree() throws Exception {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "Quotation");
        node.put("text", "\"Binnen de week\" – thuiswerk </script> \\ \n\t\u0001 é € 😀 \u2028");
        node.put("position", 3);
        node.put("big", 12345678901L);
        node.put("approved", true);
        node.put("none", null);
        node.put("sameAs", List.of("https://a.example", "https://b.example"));
        node.put("empty", Map.of());
        node.put("nested", new TreeMap<>(Map.of("z", List.of(Map.of("a", false)), "a", new ArrayList<>())));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", Arrays.asList(node, null, "x"));

        assertThat(JsonText.of(root)).isEqualTo(new ObjectMapper().writeValueAsString(root));
    }

    @Test
    void keepsTheMapsOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", 2);

        assertThat(JsonText.of(map)).isEqualTo("{\"b\":1,\"a\":2}");
    }

    @Test
    void refusesValuesWithoutAPlainJsonForm() {
        assertThatThrownBy(() -> JsonText.of(Map.of("ratio", 0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double");
        assertThatThrownBy(() -> JsonText.of(Map.of("date", java.time.LocalDate.of(2024, 3, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.LocalDate");
        assertThatThrownBy(() -> JsonText.of(Map.of(1, "one")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key must be a string");
    }
}
