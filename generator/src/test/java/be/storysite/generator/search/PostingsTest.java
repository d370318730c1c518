package be.storysite.generator.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A term's document numbers held as ints read as the list of them, each number once. */
class PostingsTest {

    @Test
    void aDocumentAddsItsNumberOnceAndTheNumbersReadAsAList() {
        Postings docs = new Postings();
        List<Integer> expected = new ArrayList<>();
        for (int doc = 0; doc < 1000; doc += 3) {
            docs.addIfNew(doc);
            docs.addIfNew(doc); // the same term twice in one document
            expected.add(doc);
        }

        assertThat(docs.trimmed()).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(docs.get(1)).isEqualTo(3);
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> docs.get(expected.size()));
    }

    @Test
    void aNewListIsEmpty() {
        assertThat(new Postings().trimmed()).isEmpty();
    }
}
