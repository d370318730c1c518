package be.storysite.jbakecompat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real JBake 2.7.0 bakes every fixture, and writes exactly the files and the quirks docs/jbake.md promises: this
 * pins the contract storysite's JBake mode implements.
 */
@ExtendWith(BakedSites.Extension.class)
class JBakeOracleTest {

    /** JBake's output tree of each fixture, as listed in docs/jbake.md. */
    static Stream<Arguments> outputTrees() {
        return Stream.of(
                Arguments.of("blog", List.of("404.html", "about.html", "archive.html",
                        "blog/2024/bins-on-a-map.html", "blog/2024/opening-the-data.html",
                        "blog/2025/budget-explorer-draft.html", "blog/2025/transit-dashboard.html",
                        "contact.html", "css/site.css", "feed.xml", "index.html", "sitemap.xml",
                        "tags/civic-tech.html", "tags/index.html", "tags/open-data.html", "tags/transport.html")),
                Arguments.of("paginated", List.of("2/index.html", "3/index.html", "index.html",
                        "posts/budget-hearing.html", "posts/council-meeting-moved.html", "posts/new-library-hours.html",
                        "posts/recycling-park-reopens.html", "posts/winter-gritting-routes.html")),
                Arguments.of("custom-type", List.of("about.html", "index.html", "projects/citizen-portal.html",
                        "projects/school-network-draft.html", "projects/wifi-town-hall.html")),
                Arguments.of("no-extension", List.of("about.html", "blog/first-steps/index.html",
                        "blog/second-steps/index.html", "index.html", "tags/howto.html")),
                Arguments.of("assets", List.of(".well-known/security.txt", "about.html", "css/site.css",
                        "downloads/report.txt", "img/pixel.png", "index.html", "robots.txt")));
    }

    @Test
    void everyFixtureHasItsExpectedTree() {
        assertThat(outputTrees().map(arguments -> (String) arguments.get()[0])).containsExactlyElementsOf(FixtureSites.NAMES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputTrees")
    void jbakeWritesExactlyTheseFiles(String site, List<String> files, BakedSites baked) throws IOException {
        assertThat(Tree.files(baked.jbake(site).destination())).containsExactlyElementsOf(files);
    }

    @Test
    void blogDraftsAreRenderedWithTheSuffixButListedNowhere(BakedSites baked) throws IOException {
        Path out = baked.jbake("blog").destination();

        assertThat(text(out, "blog/2025/budget-explorer-draft.html")).contains("Exploring the budget");
        assertThat(text(out, "index.html")).doesNotContain("Exploring the budget");
        assertThat(text(out, "feed.xml")).doesNotContain("budget-explorer");
        assertThat(text(out, "sitemap.xml")).doesNotContain("budget-explorer");
        assertThat(text(out, "archive.html")).contains("4 posts written, 3 published.");
        assertThat(Files.exists(out.resolve("tags/budget.html"))).as("a tag only a draft carries").isFalse();
    }

    @Test
    void blogPrevAndNextSkipTheDraftAndPointByDate(BakedSites baked) throws IOException {
        Document newest = html(baked.jbake("blog").destination(), "blog/2025/transit-dashboard.html");
        Document draft = html(baked.jbake("blog").destination(), "blog/2025/budget-explorer-draft.html");

        assertThat(newest.select("a[rel=prev]").attr("href")).isEqualTo("../../blog/2024/bins-on-a-map.html");
        assertThat(newest.select("a[rel=next]")).as("the only newer post is a draft").isEmpty();
        assertThat(draft.select("a[rel=prev]").attr("href")).isEqualTo("../../blog/2025/transit-dashboard.html");
    }

    @Test
    void blogTagsAreSanitisedAndTheTagIndexLinksFromItsFolder(BakedSites baked) throws IOException {
        Document tags = html(baked.jbake("blog").destination(), "tags/index.html");

        assertThat(tags.select("li a").eachAttr("href")).containsExactlyInAnyOrder(
                "../tags/open-data.html", "../tags/transport.html", "../tags/civic-tech.html");
        assertThat(tags.select("li").eachText()).contains("open-data (2 posts, 2 documents)");
    }

    @Test
    void paginatedIndexHasPagesInFoldersWithRelativePrevNext(BakedSites baked) throws IOException {
        Path out = baked.jbake("paginated").destination();

        assertThat(html(out, "index.html").select("a[rel=next]").attr("href")).isEqualTo("2/");
        assertThat(html(out, "2/index.html").select("a[rel=prev]").attr("href")).isEqualTo("../");
        assertThat(html(out, "2/index.html").select("a[rel=next]").attr("href")).isEqualTo("../3/");
        assertThat(html(out, "3/index.html").select("span").text()).isEqualTo("Page 3 of 3");
        assertThat(html(out, "3/index.html").select("h2 a").eachAttr("href"))
                .containsExactly("../posts/council-meeting-moved.html");
    }

    @Test
    void customTypeHasItsTemplateListsAndDataFiles(BakedSites baked) throws IOException {
        Path out = baked.jbake("custom-type").destination();

        assertThat(html(out, "index.html").select("p").eachText())
                .contains("3 projects in all, 2 published.", "Offices: Leuven, Namur");
        assertThat(html(out, "index.html").select("h2").text()).isEqualTo("Team led by Ann Peeters");
        assertThat(html(out, "projects/wifi-town-hall.html").select("p").eachText())
                .contains("Client: Town of Westerlo. Type: project.", "1,200 users, 99.9% uptime.");
    }

    @Test
    void noExtensionKeepsJBakesRootpathQuirks(BakedSites baked) throws IOException {
        Path out = baked.jbake("no-extension").destination();

        assertThat(text(out, "blog/first-steps/index.html"))
                .contains("rootpath \"../../\", uri \"blog/first-steps/index.html\", noExtensionUri \"blog/first-steps/\"");
        assertThat(text(out, "about.html")).as("outside the prefix, yet rootpath gets /..")
                .contains("rootpath \"/../\", uri \"about.html\", noExtensionUri \"about.html\"");
        assertThat(text(out, "tags/howto.html")).as("one level too many for tags/").contains("rootpath \"../../\"");
        assertThat(html(out, "index.html").select("a").eachAttr("href"))
                .containsExactly("blog/second-steps/", "blog/first-steps/");
    }

    @Test
    void assetsCopyHiddenFilesButSkipIgnoredFolders(BakedSites baked) throws IOException {
        Path out = baked.jbake("assets").destination();

        assertThat(Files.readAllBytes(out.resolve("img/pixel.png")))
                .isEqualTo(Files.readAllBytes(FixtureSites.source("assets").resolve("assets/img/pixel.png")));
        assertThat(out.resolve("private/secret.txt")).doesNotExist();
        assertThat(out.resolve("notes/todo.html")).doesNotExist();
    }

    @Test
    void bakingTwiceGivesTheSameTreeUpToTheFeedsBuildTimestamp(BakedSites baked) throws Exception {
        Path again = FixtureSites.output("jbake-again", "blog");
        JBakeOracle.fromBuild().bake(FixtureSites.source("blog"), again);

        assertThat(TreeDiff.compare(baked.jbake("blog").destination(), again))
                .as("JBake's output must be deterministic, or no difference from it means anything").isEmpty();
    }

    @Test
    void aMissingClassPathFileSaysWhatToRun(@TempDir Path notBuilt) {
        assertThatThrownBy(() -> JBakeOracle.locate(notBuilt, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(notBuilt.resolve("target/jbake.classpath").toString())
                .hasMessageContaining("run `mvn -pl jbake-oracle package` first");
    }

    @Test
    void aFailedBakeReportsJBakesOwnMessage(@TempDir Path temp) throws IOException {
        Path source = Files.createDirectories(temp.resolve("site/content"));

        assertThatThrownBy(() -> JBakeOracle.fromBuild().bake(source.getParent(), temp.resolve("out")))
                .isInstanceOf(JBakeOracle.JBakeFailed.class)
                .hasMessageContaining("JBake exited with")
                .hasMessageContaining("Required folder cannot be found! Expected to find [template.folder]");
    }

    private static String text(Path root, String file) throws IOException {
        return Files.readString(root.resolve(file), UTF_8);
    }

    private static Document html(Path root, String file) throws IOException {
        return Jsoup.parse(text(root, file));
    }
}
