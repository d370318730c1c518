package be.storysite.generator.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records are fingerprinted by their components, whether or not a fingerprint is remembered for them. */
class ValueHasherTest {

    record Link(int number, String url, boolean current) {
    }

    record Page(String title, List<Object> items) {
    }

    @Test
    void equalLinksMadeApartHaveOneFingerprintAndEachComponentCounts() {
        ValueHasher hasher = new ValueHasher();
        Fingerprint first = hasher.of(new Link(2, new String("/verhalen/2/"), false));

        assertThat(hasher.of(new Link(2, new String("/verhalen/2/"), false))).isEqualTo(first);
        assertThat(hasher.of(new Link(3, "/verhalen/2/", false))).isNotEqualTo(first);
        assertThat(hasher.of(new Link(2, "/verhalen/3/", false))).isNotEqualTo(first);
        assertThat(hasher.of(new Link(2, "/verhalen/2/", true))).isNotEqualTo(first);
        assertThat(new ValueHasher().of(new Link(2, "/verhalen/2/", false))).isEqualTo(first);
    }

    @Test
    void aRecordHoldingAListIsFingerprintedAgainWhenItsListChanges() {
        ValueHasher hasher = new ValueHasher();
        List<Object> items = new ArrayList<>(List.of("a"));
        Fingerprint before = hasher.of(new Page("Verhalen", items));
        List<Object> other = new ArrayList<>(List.of("a", "b"));

        assertThat(hasher.of(new Page("Verhalen", other))).isNotEqualTo(before);
        assertThat(hasher.of(new Page("Verhalen", new ArrayList<>(List.of("a"))))).isEqualTo(before);
    }
}
