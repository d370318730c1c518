package be.storysite.jbakecompat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeDiffTest {

    @TempDir
    Path temp;

    @Test
    void identicalTreesHaveNoDifferences() throws IOException {
        Map<String, String> site = Map.of("index.html", "<p>Hi</p>", "css/site.css", "body{}", "feed.xml", "<rss/>");
        assertThat(TreeDiff.compare(tree("a", site), tree("b", site))).isEmpty();
    }

    @Test
    void filesWrittenByOneSideOnlyAreMissingOrExtra() throws IOException {
        Path jbake = tree("jbake", Map.of("index.html", "<p>x</p>", "tags/a.html", "<p>a</p>"));
        Path storysite = tree("storysite", Map.of("index.html", "<p>x</p>", "tags/a/index.html", "<p>a</p>"));

        assertThat(TreeDiff.compare(jbake, storysite)).containsExactly(
                Difference.missing("tags/a.html"), Difference.extra("tags/a/index.html"));
    }

    @Test
    void htmlIgnoresMarkupFormattingAndWhitespaceBetweenBlocks() throws IOException {
        Path jbake = tree("jbake", Map.of("p.html",
                "<html><body>\n  <p id=\"x\" class=\"lead\">One,<br />\ntwo</p>\n<ul>\n<li>a</li>\n</ul>\n</body></html>"));
        Path storysite = tree("storysite", Map.of("p.html",
                "<html><body><p class=lead id=x>One,<br>\ntwo</p><ul><li>a</li></ul></body></html>"));

        assertThat(TreeDiff.compare(jbake, storysite)).isEmpty();
    }

    @Test
    void htmlReportsChangedTextAttributesAndElementsLineByLine() throws IOException {
        Path jbake = tree("jbake", Map.of("p.html",
                "<main><h1>Title</h1><p>Same</p><a href=\"../a.html\">A</a><footer>JBake v2.7.0</footer></main>"));
        Path storysite = tree("storysite", Map.of("p.html",
                "<main><h1>Title</h1><p>Same</p><a href=\"a.html\">A</a><footer>storysite 0.1</footer></main>"));

        List<Difference> differences = TreeDiff.compare(jbake, storysite);

        assertThat(differences).hasSize(2);
        assertThat(differences.get(0).expected()).extracting(String::strip).containsExactly("<a href=\"../a.html\">");
        assertThat(differences.get(0).actual()).extracting(String::strip).containsExactly("<a href=\"a.html\">");
        assertThat(differences.get(1).expected()).extracting(String::strip).containsExactly("#text \"JBake v2.7.0\"");
        assertThat(differences.get(1).actual()).extracting(String::strip).containsExactly("#text \"storysite 0.1\"");
    }

    @Test
    void spacesInsideTextCountOnceAndInsidePreExactly() throws IOException {
        Path jbake = tree("jbake", Map.of("a.html", "<p>one  two</p>", "b.html", "<pre>x\n  y</pre>"));
        Path storysite = tree("storysite", Map.of("a.html", "<p>one\ntwo</p>", "b.html", "<pre>x\ny</pre>"));

        assertThat(TreeDiff.compare(jbake, storysite)).extracting(Difference::path).containsExactly("b.html");
    }

    @Test
    void feedsIgnoreTheBuildTimestampOnly() throws IOException {
        String rss = "<?xml version=\"1.0\"?><rss><channel><lastBuildDate>%s</lastBuildDate>"
                + "<item><pubDate>%s</pubDate></item></channel></rss>";
        Path jbake = tree("jbake", Map.of(
                "same.xml", rss.formatted("Sun, 29 Nov 2026 02:41:01 +0000", "Mon, 20 Jan 2025 00:00:00 +0000"),
                "item.xml", rss.formatted("Sun, 29 Nov 2026 02:41:01 +0000", "Mon, 20 Jan 2025 00:00:00 +0000")));
        Path storysite = tree("storysite", Map.of(
                "same.xml", rss.formatted("Sun, 29 Nov 2026 09:00:00 +0000", "Mon, 20 Jan 2025 00:00:00 +0000"),
                "item.xml", rss.formatted("Sun, 29 Nov 2026 02:41:01 +0000", "Tue, 21 Jan 2025 00:00:00 +0000")));

        List<Difference> differences = TreeDiff.compare(jbake, storysite);

        assertThat(differences).extracting(Difference::path).containsExactly("item.xml");
        assertThat(differences.get(0).actual()).extracting(String::strip)
                .containsExactly("#text \"Tue, 21 Jan 2025 00:00:00 +0000\"");
    }

    @Test
    void atomIgnoresTheFeedLevelUpdatedButNotAnEntrysUpdated() throws IOException {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><updated>%s</updated>"
                + "<entry><updated>%s</updated></entry></feed>";
        Path jbake = tree("jbake", Map.of("atom.xml", atom.formatted("2026-11-29T02:41:01Z", "2025-01-20T00:00:00Z")));
        Path storysite = tree("storysite", Map.of("atom.xml", atom.formatted("2026-11-29T09:00:00Z", "2025-01-21T00:00:00Z")));

        List<Difference> differences = TreeDiff.compare(jbake, storysite);

        assertThat(differences).singleElement().satisfies(difference ->
                assertThat(difference.expected()).extracting(String::strip).containsExactly("#text \"2025-01-20T00:00:00Z\""));
    }

    @Test
    void otherFilesCompareExactlyByteForByte() throws IOException {
        Path jbake = tree("jbake", Map.of("site.css", "body { color: red; }\n"));
        Path storysite = tree("storysite", Map.of("site.css", "body {  color: red; }\n"));
        Files.write(jbake.resolve("pixel.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, 1});
        Files.write(storysite.resolve("pixel.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, 2});

        List<Difference> differences = TreeDiff.compare(jbake, storysite);

        assertThat(differences).extracting(Difference::path).containsExactly("pixel.png", "site.css");
        assertThat(differences.get(0).expected().get(0)).startsWith("(binary) 6 bytes, sha256 ");
    }

    @Test
    void aKnownDifferenceExplainsOnlyTheLinesItNames() throws IOException {
        Path jbake = tree("jbake", Map.of("index.html", "<p>Hello</p><footer>Baked with JBake v2.7.0</footer>"));
        Path storysite = tree("storysite", Map.of("index.html", "<p>Hallo</p><footer>Baked with JBake storysite-0.1</footer>"));

        List<Difference> differences = TreeDiff.compare(jbake, storysite);

        assertThat(differences).hasSize(2);
        assertThat(KnownDifferences.unexplained("blog", differences)).singleElement()
                .satisfies(left -> assertThat(left.expected()).extracting(String::strip).containsExactly("#text \"Hello\""));
        assertThat(KnownDifferences.unexplained("paginated", differences)).hasSize(2);
        assertThat(KnownDifferences.unused("blog", differences)).isEmpty();
        assertThat(KnownDifferences.unused("blog", List.of())).hasSize(1);
    }

    @Test
    void aKnownDifferenceNeedsAJustification() {
        assertThatThrownBy(() -> KnownDifference.file("blog", "feed.xml", Difference.Kind.MISSING, " "))
                .hasMessageContaining("blog/feed.xml needs a justification");
    }

    private Path tree(String name, Map<String, String> files) throws IOException {
        Path root = temp.resolve(name);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), UTF_8);
        }
        Files.createDirectories(root);
        return root;
    }
}
