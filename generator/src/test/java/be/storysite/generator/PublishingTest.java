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
    void previewListsBadgeEveryCardThatWouldBeLeftOutAndEveryPageSaysHowManyOnce() {
        site.build(site.options(false, false, true));

        var list = site.html("diensten/werkplek/index.html"); // all four on one page (the lists show two a page)
        assertThat(list.select(".story-card:has(a[href=/klantverhalen/concept/]) .preview-badge").eachText())
                .containsExactly("Concept");
        assertThat(list.select(".story-card:has(a[href=/klantverhalen/toekomst/]) .preview-badge").eachText())
                .containsExactly("Gepland");
        assertThat(list.select(".story-card:has(a[href=/klantverhalen/zonder-akkoord/]) .preview-badge").eachText())
                .containsExactly("Niet goedgekeurd");
        assertThat(list.select(".story-card:has(a[href=/klantverhalen/gepubliceerd/]) .preview-badge")).isEmpty();
        for (String page : new String[] {"index.html", "klantverhalen/index.html", "diensten/werkplek/index.html",
                "klantverhalen/gepubliceerd/index.html"}) {
            assertThat(site.html(page).select(".preview-notice")).as(page).hasSize(1);
            assertThat(site.html(page).select(".preview-notice").text()).as(page).isEqualTo("3 klantverhalen "
                    + "worden niet gepubliceerd: 1 concept, 1 gepland voor 2025-06-01, 1 zonder goedkeuring van de "
                    + "klant");
        }
        assertThat(site.html("fr/index.html").select(".preview-notice").text()).as("no French stories").isEmpty();
    }

    @Test
    void theNoticeSpeaksOfOneStoryInTheSingular() {
        site.delete("content/stories/concept.md").delete("content/stories/toekomst.md");

        site.build(site.options(false, false, true));

        assertThat(site.html("index.html").select(".preview-notice").text())
                .isEqualTo("1 klantverhaal wordt niet gepubliceerd: 1 zonder goedkeuring van de klant");
    }

    @Test
    void aPublishedBuildHasNoBadgesAndNoNotice() {
        site.buildOk();

        for (String page : new String[] {"index.html", "klantverhalen/index.html", "diensten/werkplek/index.html"}) {
            assertThat(site.html(page).select(".preview-notice, .preview-badge, .preview-badges")).as(page).isEmpty();
        }
    }

    @Test
    void previewShowsAStoryWithErrorsAsADraftListingThemAndTheRestOfTheSiteWorks() {
        site.story("nieuw", "quote: ~drop", "date: 2026-13-45", "customer: ~drop");

        BuildResult result = site.build(site.options(false, false, true));

        assertThat(result.ok()).as("the preview is written").isTrue();
        assertThat(site.html("klantverhalen/nieuw/index.html").select(".preview-banner li").eachText()).containsExactly(
                "het bestand bevat fouten (storysite check en build weigeren het), hieronder zoals check ze meldt",
                // as check prints them, the hint on a line of its own (the text here has its spaces collapsed)
                "content/stories/nieuw.md:3:7: error: story front matter: 'date' must be a date like 2024-03-01, "
                        + "and '2026-13-45' is none: month 13 does not exist hint: write it as date: 2024-03-01",
                "content/stories/nieuw.md:12:1: error: story front matter needs 'customer' (the customer "
                        + "organisation) hint: add a line such as customer: Gemeente Lindebeek",
                "content/stories/nieuw.md:12:1: error: story front matter needs 'quote' (the pull quote shown on "
                        + "lists and share cards) hint: add a line such as quote: \"Binnen drie dagen werkte "
                        + "iedereen thuis.\"");
        assertThat(site.html("diensten/werkplek/index.html")
                .select(".story-card:has(a[href=/klantverhalen/nieuw/]) .preview-badge").eachText())
                .containsExactly("Bevat fouten");
        assertThat(site.html("index.html").select(".preview-notice").text()).contains("1 met fouten");

        BuildResult strict = site.build();
        assertThat(strict.ok()).as("build stays strict").isFalse();
        assertThat(site.headlines(strict.errors())).hasSize(3);
    }

    @Test
    void previewShowsAStoryNamingAnUnknownServiceAsADraftListingIt() {
        site.story("verkeerd", "services: [werkplek, wolk]");

        String error = "content/stories/verkeerd.md:9:22: error: unknown service 'wolk': there is no "
                + "content/services/wolk.md";
        assertShownAsDraftOnlyByThePreview("verkeerd", error);
        assertThat(site.html("diensten/werkplek/index.html")
                .select(".story-card:has(a[href=/klantverhalen/verkeerd/]) .preview-badge").eachText())
                .containsExactly("Bevat fouten");
    }

    @Test
    void previewShowsAFileWhoseYamlDoesNotParseAsADraftListingTheError() {
        site.file("content/stories/kapot.md", "---\ntitle: Kapot\ndate: [2024\n---\nTekst\n");

        assertShownAsDraftOnlyByThePreview("kapot", "content/stories/kapot.md:3:12: error: invalid YAML: expected "
                + "',' or ']', but got <stream end>");
    }

    /** The preview is written and shows the story's page listing {@code error}; a build fails with it. */
    private void assertShownAsDraftOnlyByThePreview(String slug, String error) {
        BuildResult preview = site.build(site.options(false, false, true));
        assertThat(preview.ok()).as("the preview is written").isTrue();
        assertThat(site.headlines(preview.shownOnPages())).containsExactly(error);
        assertThat(site.html("klantverhalen/" + slug + "/index.html").select(".preview-banner li").eachText())
                .anyMatch(l -> l.startsWith(error));
        assertThat(site.exists("klantverhalen/gepubliceerd/index.html")).isTrue();

        assertThat(site.headlines(site.build().errors())).as("build stays strict").containsExactly(error);
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
