package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publishing rules: what is left out appears nowhere, and the options and preview bring it back. */
class PublishingTest {

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).service("werkplek")
                .story("gepubliceerd", "sector: welzijn", "tags: [cloud]")
                .story("concept", "status: draft", "sector: veiligheid", "tags: [geheim]")
                .story("toekomst", "date: 2025-06-01", "sector: onderwijs", "tags: [later]")
                .story("zonder-akkoord", "approved: ~drop", "sector: cultuur", "tags: [wacht]");
    }

    @Test
    void draftsFutureAndUnapprovedStoriesAppearNowhere() {
        BuildResult result = site.buildOk();

        assertThat(site.exists("klantverhalen/gepubliceerd/index.html")).isTrue();
        for (String slug : new String[] {"concept", "toekomst", "zonder-akkoord"}) {
            assertThat(site.exists("klantverhalen/" + slug + "/index.html")).as(slug).isFalse();
            assertThat(site.text("klantverhalen/index.html")).as("list").doesNotContain(slug);
            assertThat(site.text("klantverhalen/feed.xml")).as("feed").doesNotContain(slug);
            assertThat(site.text("sitemap.xml")).as("sitemap").doesNotContain(slug);
            assertThat(site.text("diensten/werkplek/index.html")).as("service page").doesNotContain(slug);
            assertThat(site.text("index.html")).as("home").doesNotContain(slug);
        }
        assertThat(site.exists("klantverhalen/sector/veiligheid/index.html")).isFalse();
        assertThat(site.exists("klantverhalen/sector/onderwijs/index.html")).isFalse();
        assertThat(site.exists("klantverhalen/tag/wacht/index.html")).isFalse();
        assertThat(site.html("klantverhalen/sector/index.html").select(".term-list li")).hasSize(1);
        assertThat(site.html("klantverhalen/dienst/werkplek/index.html").select(".story-card")).hasSize(1);
        assertThat(result.pagesByType()).containsEntry("story", 1);
    }

    @Test
    void aStoryWithoutApprovalIsLeftOutWithAWarningNamingIt() {
        BuildResult result = site.buildOk();

        assertThat(site.headlines(result.warnings())).containsExactly(
                "content/stories/zonder-akkoord.md:14:1: warning: story 'zonder-akkoord' is left out: it has no "
                        + "'approved' date, so the customer has not signed off its quotes");
    }

    @Test
    void draftsOptionBringsDraftsBack() {
        site.build(site.options(true, false, false));

        assertThat(site.exists("klantverhalen/concept/index.html")).isTrue();
        assertThat(site.exists("klantverhalen/toekomst/index.html")).isFalse();
        assertThat(site.exists("klantverhalen/sector/veiligheid/index.html")).isTrue();
    }

    @Test
    void futureOptionBringsFutureContentBack() {
        site.build(site.options(false, true, false));

        assertThat(site.exists("klantverhalen/toekomst/index.html")).isTrue();
        assertThat(site.exists("klantverhalen/concept/index.html")).isFalse();
        assertThat(site.text("klantverhalen/feed.xml")).contains("toekomst");
    }

    @Test
    void previewShowsEverythingWithABannerSayingWhyAndKeepsRobotsOut() {
        BuildResult result = site.build(site.options(false, false, true));

        assertThat(result.ok()).isTrue();
        assertThat(site.html("klantverhalen/concept/index.html").select(".preview-banner li").eachText())
                .containsExactly("het is een concept (status: draft)");
        assertThat(site.html("klantverhalen/toekomst/index.html").select(".preview-banner li").eachText())
                .containsExactly("de publicatiedatum ligt in de toekomst");
        assertThat(site.html("klantverhalen/zonder-akkoord/index.html").select(".preview-banner li").eachText())
                .containsExactly("de klant heeft de citaten nog niet goedgekeurd (geen 'approved')");
        assertThat(site.html("klantverhalen/gepubliceerd/index.html").select(".preview-banner")).isEmpty();
        assertThat(site.text("robots.txt")).contains("Disallow: /");
        assertThat(site.html("index.html").select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
    }

    @Test
    void draftPagesAndServicesAreLeftOutToo() {
        site.service("oud", "status: draft")
                .file("content/pages/later.md", "---\ntitle: Later\ndate: 2026-01-01\n---\nNog niet.\n");

        site.buildOk();

        assertThat(site.exists("diensten/oud/index.html")).isFalse();
        assertThat(site.text("diensten/index.html")).doesNotContain("Dienst oud");
        assertThat(site.exists("later/index.html")).isFalse();
        assertThat(site.text("index.html")).doesNotContain("/later/");
    }
}
