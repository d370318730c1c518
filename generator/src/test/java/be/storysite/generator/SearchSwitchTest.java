package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search: false} in {@code site.yaml} turns the story search off: no index under {@code /_search/} and no
 * search form on the story lists, while the static filter bar stays; by default both are there.
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
    void aSearchValueThatIsNotTrueOrFalseIsAnError() {
        TestSite site = TestSite.in(temp).story("a");
        BuildResult result = site.file("site.yaml", TestSite.SITE_YAML + "search: soms\n").build();
        assertThat(site.headlines(result.errors())).singleElement().asString().startsWith("site.yaml:")
                .contains("search");
    }
}
