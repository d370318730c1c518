package be.storysite.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the spare folder held, the output after a commit holds exactly what that build wrote. */
class SwappedOutputTest {

    @TempDir
    Path dir;

    @Test
    void eachCommitLeavesExactlyItsBuildsFilesWhateverShapeTheSpareFolderHad() throws IOException {
        Path site = dir.resolve("site");
        build(site, "index.html", "a/index.html", "b/index.html", "c/d/index.html", "e");
        assertThat(files(site)).containsExactly("a/index.html", "b/index.html", "c/d/index.html", "e",
                "index.html");
        build(site, "index.html");
        assertThat(files(site)).containsExactly("index.html");
        // written into the first build's folder: a file where a folder was (b), a folder where a file was (e), a
        // folder gone (c), a file gone (index.html)
        build(site, "a/index.html", "b", "e/index.html");
        assertThat(files(site)).containsExactly("a/index.html", "b", "e/index.html");
        assertThat(folders(site)).containsExactly("a", "e");
        // written into the second build's folder
        build(site, "f/g/index.html");
        assertThat(files(site)).containsExactly("f/g/index.html");
        assertThat(folders(site)).containsExactly("f", "f/g");
    }

    @Test
    void aShorterFileWrittenOverALongerOneIsCutToItsOwnLength() throws IOException {
        Path site = dir.resolve("site");
        for (String text : List.of("<p>een lange pagina — met een gedachtestreepje</p>", "<p>kort</p>", "",
                "<p>weer langer dan kort</p>")) {
            SwappedOutput out = SwappedOutput.beside(site);
            out.write("index.html", text.getBytes(StandardCharsets.UTF_8));
            out.commit();
            assertThat(site.resolve("index.html")).hasContent(text);
            assertThat(Files.size(site.resolve("index.html"))).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void aListingNamesFilesAndFoldersRelativeToItsRootDeepestFolderFirst() throws IOException {
        Path root = dir.resolve("spare");
        Files.createDirectories(root.resolve("x/y/z"));
        Files.writeString(root.resolve("x/y/index.html"), "y");
        Files.writeString(root.resolve("top.html"), "top");

        SpareListing listing = SpareListing.of(root);

        assertThat(listing.files()).containsExactlyInAnyOrder("x/y/index.html", "top.html");
        assertThat(listing.foldersDeepestFirst()).containsExactly("x/y/z", "x/y", "x");
    }

    private static void build(Path site, String... files) {
        SwappedOutput out = SwappedOutput.beside(site);
        for (String file : files) {
            out.write(file, ("<p>" + file + "</p>").getBytes(StandardCharsets.UTF_8));
        }
        out.commit();
        for (String file : files) {
            assertThat(site.resolve(file)).hasContent("<p>" + file + "</p>");
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> folders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root) && Files.isDirectory(p)).map(p -> root.relativize(p).toString())
                    .sorted().toList();
        }
    }
}
