package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.incremental.IncrementalBuild;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search: false} in {@code site.yaml} turns the story search off: no index under {@code /_search/} and no
 * search form on the story lists, while the static filter bar stays; by default both are there. The live preview
 * follows the switch as a full build does, byte for byte.
 */
class SearchSwitchTest {

    @TempDir
    Path temp;

    @Test
    void theSearchIsOnByDefaultAndOffWithSearchFalse() {
        TestSite site = TestSite.in(temp).service("werkplek").story("a", "sector: welzijn");
        site.buildOk();
        assertThat(site.exists("_search/nl/index.json")).isTrue();
        assertThat(site.html("klantverhalen/index.html").select("form.story-search")).hasSize(1);

        site.file("site.yaml", TestSite.SITE_YAML + "search: false\n").buildOk();
        assertThat(site.exists("_search")).isFalse();
        Document list = site.html("klantverhalen/index.html");
        assertThat(list.select("form.story-search, #story-search-results, script[src*=search]")).isEmpty();
        assertThat(list.select("#story-list")).hasSize(1);
        assertThat(site.exists("klantverhalen/a/index.html")).isTrue();
    }

    @Test
    void theLivePreviewTurnsTheSearchOffAndOnAsAFullBuildDoes() throws IOException {
        TestSite site = TestSite.in(temp).service("werkplek").story("a", "sector: welzijn").story("b");
        Path incremental = temp.resolve("incremental");
        Clock today = Clock.fixed(TestSite.TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), SiteGenerator.SITE_ZONE);
        IncrementalBuild preview = new IncrementalBuild(BuildOptions.of(site.source(), incremental), today);
        assertThat(preview.update(Set.of(), true, BuildListener.NONE).ok()).isTrue();
        for (String yaml : List.of(TestSite.SITE_YAML + "search: false\n", TestSite.SITE_YAML)) {
            site.file("site.yaml", yaml).buildOk();
            assertThat(preview.update(Set.of(Path.of("site.yaml")), false, BuildListener.NONE).ok()).isTrue();
            assertThat(files(incremental)).isEqualTo(files(site.output()));
            for (Path file : files(site.output())) {
                assertThat(incremental.resolve(file)).as(file.toString())
                        .hasSameBinaryContentAs(site.output().resolve(file));
            }
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void aSearchValueThatIsNotTrueOrFalseIsAnError() {
        TestSite site = TestSite.in(temp).story("a");
        BuildResult result = site.file("site.yaml", TestSite.SITE_YAML + "search: soms\n").build();
        assertThat(site.headlines(result.errors())).singleElement().asString().startsWith("site.yaml:")
                .contains("search");
    }
}
