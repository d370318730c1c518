package be.storysite.generator.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptCardsTest {

    private static final String CARD = "klantverhalen/a/share-card.png";

    @TempDir
    Path output;

    private ChangedFilesOutput out;
    private OutputTree tree;
    private KeptCards kept;
    private final AtomicInteger drawn = new AtomicInteger();

    /** Every test starts after a build that wrote the card of "quote one". */
    @BeforeEach
    void firstBuild() {
        tree = OutputTree.scan(output);
        kept = new KeptCards(() -> out);
        build(List.of("card-v1", "quote one"), "one", true);
    }

    private Supplier<byte[]> card(String text) {
        return () -> {
            drawn.incrementAndGet();
            return text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private void build(List<Object> inputs, String text, boolean commit) {
        out = new ChangedFilesOutput(tree, new WrittenBytes());
        kept.put(CARD, inputs, card(text), out::write);
        if (commit) {
            out.commit();
        } else {
            out.discard();
        }
    }

    @Test
    void sameInputsKeepTheFileWithoutAskingForItsBytes() throws Exception {
        build(List.of("card-v1", "quote one"), "one", true);

        assertEquals(1, drawn.get(), "the second build names the card as kept");
        assertArrayEquals("one".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(output.resolve(CARD)),
                "a kept file stays in the output folder");
    }

    @Test
    void otherInputsWriteTheNewCard() throws Exception {
        build(List.of("card-v1", "quote two"), "two", true);

        assertEquals(2, drawn.get());
        assertEquals("two", Files.readString(output.resolve(CARD)));
    }

    @Test
    void aCardOfADiscardedBuildIsWrittenByTheNext() throws Exception {
        build(List.of("card-v1", "quote two"), "two", false); // e.g. a template error failed the build
        build(List.of("card-v1", "quote two"), "two", true);

        assertEquals(3, drawn.get(), "the folder does not hold the discarded build's card: it is asked for again");
        assertEquals("two", Files.readString(output.resolve(CARD)));
    }
}
