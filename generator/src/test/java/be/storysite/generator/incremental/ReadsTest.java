package be.storysite.generator.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** What a template reads of its data model is recorded as a tree: keys looked up, sizes, items, whole values. */
class ReadsTest {

    private static final Map<String, Object> MODEL = Map.of(
            "title", "Lindebeek",
            "site", Map.of("title", "Vicinia", "description", "IT voor gemeenten"),
            "stories", List.of(Map.of("title", "A", "date", "2024"), Map.of("title", "B", "date", "2023")));

    @Test
    void aKeyLookedUpIsRecordedAndTheOthersAreNot() {
        Reads reads = new Reads();
        Map<String, Object> view = reads.record(MODEL);

        assertThat(view.get("title")).isEqualTo("Lindebeek");
        @SuppressWarnings("unchecked")
        Map<String, Object> site = (Map<String, Object>) view.get("site");
        assertThat(site.get("title")).isEqualTo("Vicinia");

        assertThat(reads.wholeRead()).isFalse();
        assertThat(reads.children()).containsOnlyKeys("title", "site");
        assertThat(reads.child("title").wholeRead()).as("a string is read whole").isTrue();
        assertThat(reads.child("site").children()).containsOnlyKeys("title");
        assertThat(reads.child("site").wholeRead()).isFalse();
    }

    @Test
    void aListsSizeAndTheItemsLookedAtAreRecorded() {
        Reads reads = new Reads();
        List<?> stories = (List<?>) reads.record(MODEL).get("stories");

        assertThat(stories).hasSize(2); // reads the size
        Reads list = reads.child("stories");
        assertThat(list.sizeRead()).isTrue();
        assertThat(list.children()).isEmpty();

        ((Map<?, ?>) stories.get(1)).get("title");
        assertThat(list.children()).containsOnlyKeys(1);
        assertThat(list.child(1).children()).containsOnlyKeys("title");
    }

    @Test
    void walkingAMapReadsItWholeAndAPresenceCheckReadsTheKey() {
        Reads reads = new Reads();
        Map<String, Object> view = reads.record(MODEL);
        assertThat(view.containsKey("form")).isFalse();
        ((Map<?, ?>) view.get("site")).entrySet().size();

        assertThat(reads.child("form").wholeRead()).as("its absence is what was read").isTrue();
        assertThat(reads.child("site").wholeRead()).isTrue();
    }

    @Test
    void equalSubtreesAreInternedToOneObject() {
        Map<Reads.Shape, Reads> shapes = new ConcurrentHashMap<>();
        Reads first = new Reads();
        first.record(MODEL).get("title");
        ((Map<?, ?>) first.record(MODEL).get("site")).get("title");
        Reads second = new Reads();
        ((Map<?, ?>) second.record(MODEL).get("site")).get("title");
        second.record(MODEL).get("title");

        Reads a = first.intern(shapes);
        Reads b = second.intern(shapes);
        assertThat(a).isSameAs(b);
        assertThat(a.children().get("site")).isSameAs(b.children().get("site"));
    }
}
