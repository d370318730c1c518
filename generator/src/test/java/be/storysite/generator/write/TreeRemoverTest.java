package be.storysite.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeRemoverTest {

    @TempDir
    Path dir;

    @Test
    void deletesEveryFileAndFolderButNeverFollowsALink() throws IOException {
        Path kept = Files.writeString(Files.createDirectories(dir.resolve("kept")).resolve("keep.txt"), "x");
        Path root = dir.resolve("old");
        for (int i = 0; i < 50; i++) {
            Path page = Files.createDirectories(root.resolve("klantverhalen/verhaal-" + i));
            Files.writeString(page.resolve("index.html"), "<p>" + i);
        }
        Files.createSymbolicLink(root.resolve("link"), kept.getParent());

        TreeRemover.delete(root);

        assertThat(root).doesNotExist();
        assertThat(kept).hasContent("x");
    }

    @Test
    void aMissingFolderIsNothingToDo() throws IOException {
        TreeRemover.delete(dir.resolve("nothing"));
        assertThat(dir).isEmptyDirectory();
    }
}
