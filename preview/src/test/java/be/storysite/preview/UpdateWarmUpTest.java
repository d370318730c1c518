package be.storysite.preview;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.BuildResult;
import be.storysite.generator.incremental.IncrementalBuild;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up after the preview's first build: it runs the update path and changes nothing that is served. */
class UpdateWarmUpTest {

    private static final Path EXAMPLE = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path site;
    @TempDir
    Path out;

    @Test
    void warmUpUpdatesRenderNothingAndLeaveEveryFileAsItWas() throws Exception {
        for (String part : List.of("site.yaml", "content", "templates", "assets", "contact-forms")) {
            LivePreviewTest.copy(EXAMPLE.resolve(part), site.resolve(part));
        }
        IncrementalBuild build = new IncrementalBuild(new BuildOptions(site, out, true, true, Optional.empty(), true,
                true));
        BuildResult first = build.update(Set.of(), true, BuildListener.NONE);
        assertThat(first.errors()).isEmpty();
        assertThat(build.lastRendered()).isNotEmpty();
        Map<String, String> before = files(out);

        Thread thread = new UpdateWarmUp(build, 2).start();
        thread.join(120_000); // a bound for a stuck build on a busy machine, not a speed test

        assertThat(thread.isAlive()).isFalse();
        assertThat(thread.isDaemon()).isTrue();
        assertThat(build.lastRendered()).isEmpty();
        // a rewritten file is a new file renamed over the old one: its file key (inode) would differ
        assertThat(files(out)).isEqualTo(before);
    }

    /** Every file under {@code root} with its file key and modification time. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    files.put(root.relativize(p).toString(), a.fileKey() + " " + a.lastModifiedTime());
                }
            }
        }
        return files;
    }
}
