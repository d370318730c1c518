package be.storysite.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {

    @TempDir
    Path site;

    private final BlockingQueue<SiteChange> changes = new LinkedBlockingQueue<>();
    private SiteWatcher watcher;

    @BeforeEach
    void watch() throws Exception {
        Files.createDirectories(site.resolve("content/stories"));
        Files.createDirectories(site.resolve("templates"));
        Files.createDirectories(site.resolve("target"));
        Files.writeString(site.resolve("site.yaml"), "title: x\n");
        // a generous quiet time, so that the writes of one test step surely form one burst on a loaded machine
        watcher = new SiteWatcher(site, SiteWatcher.SITE_FOLDERS, SiteWatcher.SITE_FILES, Duration.ofMillis(300),
                changes::add);
        watcher.start();
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    @Test
    void aBurstOfSavesIsOneChangeNamingEveryPath() throws Exception {
        Files.writeString(site.resolve("content/stories/a.md"), "a");
        Files.writeString(site.resolve("content/stories/a.md"), "a2");
        Files.writeString(site.resolve("templates/story.ftlh"), "t");
        Files.writeString(site.resolve("site.yaml"), "title: y\n");

        SiteChange change = next();
        assertThat(change.paths()).containsExactly(Path.of("content/stories/a.md"), Path.of("site.yaml"),
                Path.of("templates/story.ftlh"));
        assertThat(change.everything()).isFalse();
        assertThat(change.touches("templates")).isTrue();
        assertThat(change.touches("contact-forms")).isFalse();
        assertThat(changes.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void newFoldersAreWatchedAndTheirFilesReported() throws Exception {
        Path blog = Files.createDirectories(site.resolve("content/blog/2024"));
        Files.writeString(blog.resolve("x.md"), "x");
        assertThat(next().paths()).contains(Path.of("content/blog/2024/x.md"));

        Files.writeString(blog.resolve("x.md"), "x2");
        assertThat(next().paths()).containsExactly(Path.of("content/blog/2024/x.md"));

        Files.delete(blog.resolve("x.md"));
        assertThat(next().paths()).containsExactly(Path.of("content/blog/2024/x.md"));
    }

    @Test
    void theOutputHiddenFilesAndEditorBackupsAreNotChanges() throws Exception {
        Files.writeString(site.resolve("target/index.html"), "built");
        Files.writeString(site.resolve("content/stories/.a.md.swp"), "vim");
        Files.writeString(site.resolve("content/stories/a.md~"), "backup");
        Files.writeString(site.resolve("README.md"), "not part of the site");
        assertThat(changes.poll(1, TimeUnit.SECONDS)).isNull();

        Files.writeString(site.resolve("content/stories/a.md"), "a");
        assertThat(next().paths()).containsExactly(Path.of("content/stories/a.md"));
    }

    private SiteChange next() throws InterruptedException {
        SiteChange change = changes.poll(10, TimeUnit.SECONDS);
        assertThat(change).as("a change within 10 s").isNotNull();
        return change;
    }
}
