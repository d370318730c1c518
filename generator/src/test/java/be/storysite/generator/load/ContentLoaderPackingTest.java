package be.storysite.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.files.SiteFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loader holds what it reads packed or plain as told, and the two read back and compare the same. */
class ContentLoaderPackingTest {

    @TempDir
    Path site;

    @Test
    void readsTheSameFilePackedOrPlain() throws IOException {
        Path content = site.resolve("content");
        Path story = content.resolve("stories/lindebeek.fr.md");
        Files.createDirectories(story.getParent());
        String text = "---\ntitle: Lindebeek\n---\nEn trois jours — grâce au cloud.\n";
        Files.writeString(story, "\uFEFF" + text);
        ContentLoader loader = new ContentLoader(Set.of("nl", "fr"), new SiteFolder(site));
        Diagnostics problems = new Diagnostics();

        SourceFile packed = loader.read(content, story, problems).orElseThrow();
        SourceFile plain = loader.packing(false).read(content, story, problems).orElseThrow();

        assertThat(problems.all()).isEmpty();
        assertThat(packed.packed().toString()).contains("packed");
        assertThat(plain.packed().toString()).contains("plain");
        assertThat(plain.text()).isEqualTo(packed.text()).isEqualTo(text);
        assertThat(plain).isEqualTo(packed);
        assertThat(loader.packing(false).packing(true).read(content, story, problems).orElseThrow().packed()
                .toString()).contains("packed");
    }
}
