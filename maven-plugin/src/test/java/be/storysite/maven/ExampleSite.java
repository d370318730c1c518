package be.storysite.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example site, which is the repository root; tests work on copies so they never write into it.
 *
 * <pre>{@code
 * Path site = ExampleSite.copyTo(tmp.resolve("site"));
 * }</pre>
 */
final class ExampleSite {

    /** What a site is made of; nothing of the Maven reactor that shares the folder. */
    private static final List<String> PARTS = List.of("content", "templates", "assets", "contact-forms", "site.yaml");

    private ExampleSite() {
    }

    /** A copy of the example site's parts in {@code dir}, which is returned. */
    static Path copyTo(Path dir) throws IOException {
        Path example = Path.of(TestProperties.required("storysite.it.example"));
        for (String part : PARTS) {
            copyTree(example.resolve(part), dir.resolve(part));
        }
        return dir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
