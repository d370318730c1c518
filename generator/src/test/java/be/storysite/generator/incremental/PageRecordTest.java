package be.storysite.generator.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The identity check of an unchanged page: the very same objects under every name its template read, or a list
 * or map of the same size where only the size was read.
 */
class PageRecordTest {

    private static final Map<String, Object> MSG = Map.of("title_stories", "Klantverhalen");
    private static final Fingerprint BYTES = Fingerprint.of(new byte[] {1});

    /** The record of a page whose template read {@code model} as {@code template} does. */
    private static PageRecord rendered(Map<String, Object> model, Consumer<Map<String, Object>> template) {
        Reads reads = new Reads();
        template.accept(reads.record(model));
        return new PageRecord(BYTES, BYTES, PageRecord.valuesRead(model, reads), reads, BYTES, List.of());
    }

    private static List<Object> stories(String... titles) {
        List<Object> list = new ArrayList<>();
        for (String title : titles) {
            list.add(Map.of("title", title));
        }
        return List.copyOf(list);
    }

    private static final Consumer<Map<String, Object>> COUNTS = model -> {
        ((Map<?, ?>) model.get("msg")).get("title_stories");
        ((List<?>) model.get("stories")).size();
    };

    @Test
    void aListReadForItsSizeOnlyMayBeAnotherObjectOfTheSameSize() {
        PageRecord record = rendered(Map.of("msg", MSG, "stories", stories("A", "B")), COUNTS);

        assertThat(record.sameValues(Map.of("msg", MSG, "stories", stories("A", "B bewerkt")))).isTrue();
        assertThat(record.sameValues(Map.of("msg", MSG, "stories", stories("A", "B", "C"))))
                .as("another size").isFalse();
        assertThat(record.sameValues(Map.of("msg", Map.of("title_stories", "Klantverhalen"),
                "stories", stories("A", "B")))).as("a map read by key is compared by identity").isFalse();
    }

    @Test
    void aListWhoseItemsWereReadMustBeTheSameObject() {
        PageRecord record = rendered(Map.of("msg", MSG, "stories", stories("A", "B")), model -> {
            List<?> list = (List<?>) model.get("stories");
            list.size();
            ((Map<?, ?>) list.get(0)).get("title");
        });

        assertThat(record.sameValues(Map.of("msg", MSG, "stories", stories("A bewerkt", "B")))).isFalse();
    }

    @Test
    void aSizeOnlyReadOfAValueOfAnotherKindIsNotTheSame() {
        PageRecord record = rendered(Map.of("msg", MSG, "stories", stories("A", "B")), COUNTS);
        Map<String, Object> asMap = Map.of("msg", MSG, "stories", Map.of("a", 1, "b", 2));

        assertThat(record.sameValues(asMap)).isFalse();
    }
}
