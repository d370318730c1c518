package be.storysite.generator.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedFilesOutputTest {

    @TempDir
    Path root;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void build(OutputTree tree, WrittenBytes last, Map<String, byte[]> files) {
        ChangedFilesOutput out = new ChangedFilesOutput(tree, last);
        files.forEach(out::write);
        out.commit();
    }

    private String read(String file) throws IOException {
        return Files.readString(root.resolve(file));
    }

    @Test
    void theArrayWrittenByTheLastTwoBuildsIsKnownByItsIdentityAndTheOutputStillHoldsWhatEachBuildWrote()
            throws IOException {
        OutputTree tree = OutputTree.scan(root);
        WrittenBytes last = new WrittenBytes();
        byte[] index = bytes("{\"count\":1}");
        build(tree, last, Map.of("index.json", index, "a.html", bytes("a")));
        // the first build writes every page once: none of its arrays is held
        assertThat(last.fingerprint("index.json", index)).isNull();

        build(tree, last, Map.of("index.json", index, "a.html", bytes("a2")));
        assertThat(last.fingerprint("index.json", index)).isEqualTo(Fingerprint.of(index));
        // equal bytes in another array are not known by identity (they are hashed, as before)
        assertThat(last.fingerprint("index.json", bytes("{\"count\":1}"))).isNull();
        assertThat(read("a.html")).isEqualTo("a2");

        build(tree, last, Map.of("index.json", index, "a.html", bytes("a3")));
        assertThat(read("index.json")).isEqualTo("{\"count\":1}");
        assertThat(read("a.html")).isEqualTo("a3");

        // a discarded build leaves the output and what is known as they were
        ChangedFilesOutput failed = new ChangedFilesOutput(tree, last);
        failed.write("index.json", bytes("{\"count\":2}"));
        failed.discard();
        assertThat(last.fingerprint("index.json", index)).isNotNull();
        assertThat(read("index.json")).isEqualTo("{\"count\":1}");

        // a file no longer written is deleted even when the rest is written with known arrays
        build(tree, last, Map.of("index.json", index));
        assertThat(root.resolve("a.html")).doesNotExist();
        assertThat(read("index.json")).isEqualTo("{\"count\":1}");
    }

    @Test
    void aKnownArrayIsWrittenAgainWhenTheFileOnDiskNoLongerHoldsIt() throws IOException {
        OutputTree tree = OutputTree.scan(root);
        WrittenBytes last = new WrittenBytes();
        byte[] index = bytes("{\"count\":1}");
        build(tree, last, Map.of("index.json", index));
        build(tree, last, Map.of("index.json", index));
        // a build in between writes other bytes to the file (a later build on the same tree and memory)
        build(tree, last, Map.of("index.json", bytes("{\"count\":2}")));
        assertThat(read("index.json")).isEqualTo("{\"count\":2}");
        build(tree, last, Map.of("index.json", index));
        assertThat(read("index.json")).isEqualTo("{\"count\":1}");
    }
}
