package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.pipeline.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build writes, and that a failed build writes nothing. */
class OutputTest {

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).service("werkplek", "order: 2").service("backup", "order: 1")
                .story("a", "date: 2024-01-01", "sector: welzijn", "region: Limburg", "tags: [cloud, thuiswerk]")
                .story("b", "date: 2024-02-01", "sector: welzijn", "services: [werkplek, backup]")
                .story("c", "date: 2024-03-01", "tags: [Cloud]")
                .story("d", "date: 2024-04-01", "sector: Lokale Besturen", "featured: true")
                .story("e", "date: 2024-05-01", "region: Bien-être Région");
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws Exception {
        site.buildOk();
        String before = site.text("klantverhalen/a/index.html");
        var filesBefore = site.files();

        // fails late, in render, after pages were already written to the temporary folder
        site.storyWithBody("a", "[weg](/nergens/)\n", "date: 2024-01-01");
        BuildResult failed = site.build();

        assertThat(failed.ok()).isFalse();
        assertThat(failed.errors()).hasSize(1);
        assertThat(site.text("klantverhalen/a/index.html")).isEqualTo(before);
        assertThat(site.files()).isEqualTo(filesBefore);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out",
                    ".out.spare", ".out.cache"); // the share cards' cache
        }
        site.storyWithBody("a", "Weer goed.\n", "date: 2024-01-01");
        site.buildOk();
        assertThat(site.text("klantverhalen/a/index.html")).contains("Weer goed.").doesNotContain("/nergens/");
    }

    @Test
    void eachBuildWritesIntoTheSpareFolderAndLeavesExactlyItsOwnFiles() throws Exception {
        site.buildOk();
        var first = site.files();
        site.buildOk(); // the first spare: the output before
        assertThat(site.files()).isEqualTo(first);
        Path spare = dir.resolve(".out.spare");
        assertThat(spare.resolve("klantverhalen/a/index.html")).exists();

        // the spare folder holds what another shape of site wrote: a file where a folder goes, a folder where a
        // file goes, and files no build writes any more
        TestSite.deleteTree(spare.resolve("klantverhalen"));
        Files.writeString(spare.resolve("klantverhalen"), "a file in the way");
        Files.delete(spare.resolve("robots.txt"));
        Files.createDirectories(spare.resolve("robots.txt/sub"));
        Files.createDirectories(spare.resolve("oud/leeg"));
        Files.writeString(spare.resolve("oud/pagina.html"), "weg");
        site.buildOk();

        assertThat(site.files()).isEqualTo(first);
        assertThat(site.output().resolve("oud")).doesNotExist();
        assertThat(site.text("robots.txt")).contains("Sitemap");
    }

    @Test
    void aSuccessfulBuildReplacesTheOutputAsAWhole() {
        site.buildOk();
        site.delete("content/stories/e.md");

        site.buildOk();

        assertThat(site.exists("klantverhalen/e/index.html")).isFalse();
        assertThat(site.exists("klantverhalen/d/index.html")).isTrue();
    }

    @Test
    void checkOnlyValidatesEverythingAndWritesNothing() {
        BuildResult ok = site.build(new BuildOptions(site.source(), site.output(), false, false, Optional.empty(),
                false, false));
        assertThat(ok.ok()).isTrue();
        assertThat(ok.pagesByType()).containsEntry("story", 5);
        assertThat(site.output()).doesNotExist();

        site.storyWithBody("f", "[weg](/nergens/)\n");
        BuildResult broken = site.build(new BuildOptions(site.source(), site.output(), false, false,
                Optional.empty(), false, false));
        assertThat(broken.errors()).hasSize(1);
    }

    @Test
    void theStoryListIsPaginatedNewestFirst() {
        BuildResult result = site.buildOk();

        assertThat(result.pagesByType()).as("3 Dutch, an empty French and English one").containsEntry("story-list", 5);
        assertThat(titles(site.html("klantverhalen/index.html"))).containsExactly("Verhaal e", "Verhaal d");
        assertThat(titles(site.html("klantverhalen/pagina/2/index.html"))).containsExactly("Verhaal c", "Verhaal b");
        Document last = site.html("klantverhalen/pagina/3/index.html");
        assertThat(titles(last)).containsExactly("Verhaal a");
        assertThat(last.select(".pager a[rel=prev]").attr("href")).isEqualTo("/klantverhalen/pagina/2/");
        assertThat(last.select(".pager a[rel=next]")).isEmpty();
        assertThat(site.html("klantverhalen/index.html").select(".pager a[rel=next]").attr("href"))
                .isEqualTo("/klantverhalen/pagina/2/");
        assertThat(last.title()).isEqualTo("Klantverhalen – pagina 3 | Testsite");
    }

    @Test
    void pagersLinkTheFirstTheLastAndAWindowAroundTheCurrentPage() {
        for (int i = 1; i <= 20; i++) {
            site.story("s%02d".formatted(i), "date: 2023-01-%02d".formatted(i), "sector: welzijn");
        }
        site.buildOk(); // 25 stories, 2 a page: 13 list pages; 22 in welzijn: 11 filter pages

        Document middle = site.html("klantverhalen/pagina/7/index.html");
        assertThat(middle.select(".pager li").eachText())
                .containsExactly("Vorige", "1", "…", "5", "6", "7", "8", "9", "…", "13", "Volgende");
        assertThat(middle.select(".pager [aria-current=page]").eachText()).containsExactly("7");
        assertThat(middle.select(".pager li.gap")).hasSize(2).allSatisfy(gap -> {
            assertThat(gap.select("a")).isEmpty();
            assertThat(gap.attr("aria-hidden")).isEqualTo("true");
        });
        assertThat(middle.select(".pager a[aria-label=Pagina 13]").attr("href")).isEqualTo("/klantverhalen/pagina/13/");
        assertThat(middle.select(".pager a[aria-label=Pagina 1]").attr("href")).isEqualTo("/klantverhalen/");

        Document lastTerm = site.html("klantverhalen/sector/welzijn/pagina/11/index.html");
        assertThat(lastTerm.select(".pager li").eachText()).containsExactly("Vorige", "1", "…", "9", "10", "11");
        // near the start a gap would hide only page 2: the page is shown instead
        assertThat(site.html("klantverhalen/pagina/4/index.html").select(".pager li").eachText())
                .containsExactly("Vorige", "1", "2", "3", "4", "5", "6", "…", "13", "Volgende");
    }

    @Test
    void taxonomiesGroupStoriesOnStaticFilterPages() {
        site.buildOk();

        assertThat(titles(site.html("klantverhalen/sector/welzijn/index.html"))).containsExactly("Verhaal b", "Verhaal a");
        assertThat(titles(site.html("klantverhalen/sector/lokale-besturen/index.html")))
                .containsExactly("Verhaal e", "Verhaal d");
        assertThat(site.exists("klantverhalen/sector/lokale-besturen/pagina/2/index.html")).isTrue();
        assertThat(titles(site.html("klantverhalen/regio/bien-etre-region/index.html"))).containsExactly("Verhaal e");
        assertThat(titles(site.html("klantverhalen/dienst/backup/index.html"))).containsExactly("Verhaal b");
        assertThat(titles(site.html("klantverhalen/tag/cloud/index.html")))
                .as("Cloud and cloud are one term").containsExactly("Verhaal c", "Verhaal a");
        Document sectors = site.html("klantverhalen/sector/index.html");
        assertThat(sectors.select(".term-list li").eachText())
                .as("the first spelling met, newest story first, is the label")
                .containsExactly("lokale besturen 3 klantverhalen", "welzijn 2 klantverhalen");
        Document list = site.html("klantverhalen/index.html");
        assertThat(list.select(".filters a[href=/klantverhalen/dienst/backup/]").text()).isEqualTo("Dienst backup (1)");
    }

    @Test
    void aServicePageListsItsStoriesAndServicesAreOrdered() {
        site.buildOk();

        assertThat(titles(site.html("diensten/werkplek/index.html"))).containsExactly("Verhaal e", "Verhaal d",
                "Verhaal c", "Verhaal b", "Verhaal a");
        assertThat(site.html("diensten/index.html").select(".service-card h2").eachText())
                .containsExactly("Dienst backup", "Dienst werkplek");
        assertThat(site.html("index.html").select(".story-card h3").eachText())
                .as("featured stories on the home page").containsExactly("Verhaal d");
    }

    @Test
    void aServiceWithManyStoriesShowsTheNewestSixAsCardsAndLinksTheOthers() {
        site.story("f", "date: 2024-06-01").story("g", "date: 2024-07-01").story("h", "date: 2024-08-01");
        site.buildOk();

        Document page = site.html("diensten/werkplek/index.html");
        assertThat(titles(page)).containsExactly("Verhaal h", "Verhaal g", "Verhaal f", "Verhaal e", "Verhaal d",
                "Verhaal c");
        assertThat(page.select(".story-links a").eachText()).containsExactly("Verhaal b", "Verhaal a");
        assertThat(page.select(".story-links li").first().text()).isEqualTo("Verhaal b · Gemeente b");
        assertThat(page.select("p.more a").attr("href")).isEqualTo("/klantverhalen/dienst/werkplek/");
        assertThat(page.select("p.more a").text()).isEqualTo("Alle 8 klantverhalen over deze dienst, per pagina");
        assertThat(site.html("diensten/backup/index.html").select(".story-links, p.more")).isEmpty();
    }

    @Test
    void theAtomFeedHoldsTheStoriesWithAbsoluteLinks() {
        site.buildOk();

        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(site.text("klantverhalen/feed.xml"), "",
                org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.select("feed > id").text()).isEqualTo("https://example.test/klantverhalen/feed.xml");
        assertThat(feed.select("feed > updated").text()).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(feed.select("entry > link").eachAttr("href")).containsExactly(
                "https://example.test/klantverhalen/e/", "https://example.test/klantverhalen/d/",
                "https://example.test/klantverhalen/c/", "https://example.test/klantverhalen/b/",
                "https://example.test/klantverhalen/a/");
        assertThat(feed.select("entry > content").first().text()).contains("<h2 id=\"aanpak\">Aanpak</h2>");
        assertThat(site.exists("fr/temoignages/feed.xml")).isTrue();
    }

    @Test
    void theSitemapListsEveryPageWithHreflangAlternates() {
        site.file("content/stories/a.fr.md", site.source().resolve("content/stories/a.md").toFile().exists()
                ? readSource("content/stories/a.md").replace("Verhaal a", "Témoignage a") : "");
        site.buildOk();

        org.jsoup.nodes.Document map = org.jsoup.Jsoup.parse(site.text("sitemap.xml"), "",
                org.jsoup.parser.Parser.xmlParser());
        assertThat(map.select("url > loc").eachText()).contains("https://example.test/",
                "https://example.test/klantverhalen/a/", "https://example.test/fr/temoignages/a/",
                "https://example.test/klantverhalen/pagina/2/").doesNotContain("https://example.test/404.html");
        var story = map.select("url:has(loc:containsOwn(https://example.test/klantverhalen/a/))").first();
        assertThat(story.select("lastmod").text()).isEqualTo("2024-01-01");
        assertThat(story.select("xhtml|link").eachAttr("hreflang")).containsExactly("nl-BE", "fr-BE");
        assertThat(site.text("robots.txt")).contains("Sitemap: https://example.test/sitemap.xml");
    }

    @Test
    void translationsAreLinkedWithHreflangAndALanguageSwitch() {
        site.file("content/stories/a.fr.md", readSource("content/stories/a.md").replace("Verhaal a", "Témoignage a"))
                .file("content/pages/over-ons.md", "---\ntitle: Over ons\ntranslation: about\n---\nWij.\n")
                .file("content/pages/a-propos.fr.md", "---\ntitle: À propos\ntranslation: about\n---\nNous.\n");
        site.buildOk();

        Document nl = site.html("klantverhalen/a/index.html");
        assertThat(nl.select("html").attr("lang")).isEqualTo("nl-BE");
        assertThat(nl.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("nl-BE", "fr-BE", "x-default");
        assertThat(nl.select(".language-switch a[hreflang=fr-BE]").attr("href")).isEqualTo("/fr/temoignages/a/");
        assertThat(nl.select(".language-switch a[hreflang=en-BE]").attr("href")).as("no English: home").isEqualTo("/en/");
        Document fr = site.html("fr/temoignages/a/index.html");
        assertThat(fr.select("html").attr("lang")).isEqualTo("fr-BE");
        assertThat(fr.select(".language-switch a[hreflang=nl-BE]").attr("href")).isEqualTo("/klantverhalen/a/");
        assertThat(fr.select("nav.site-nav a").first().text()).isEqualTo("Témoignages");
        assertThat(site.html("fr/a-propos/index.html").select(".language-switch a[hreflang=nl-BE]").attr("href"))
                .isEqualTo("/over-ons/");
        assertThat(site.html("fr/temoignages/index.html").select(".story-card h3").eachText())
                .containsExactly("Témoignage a");
    }

    @Test
    void cssAndJsAreFingerprintedAndEveryReferenceRewritten() {
        site.buildOk();

        assertThat(site.files()).anyMatch(f -> f.matches("assets/css/site\\.[0-9a-f]{8}\\.css"))
                .noneMatch(f -> f.equals("assets/css/site.css"));
        String css = site.html("index.html").select("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/assets/css/site\\.[0-9a-f]{8}\\.css");
        assertThat(site.exists(css.substring(1))).isTrue();
        assertThat(site.exists("assets/images/logo.svg")).as("images keep their names").isTrue();

        site.file("assets/css/site.css", "body { color: red; }");
        site.buildOk();
        assertThat(site.html("index.html").select("link[rel=stylesheet]").attr("href")).isNotEqualTo(css);
    }

    @Test
    void imagesGetTheirSizeLazyLoadingAndExternalLinksNoopener() {
        site.file("assets/images/schema.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 640 480'/>")
                .storyWithBody("a", "## Aanpak\n\n![Schema](/assets/images/schema.svg)\n\n"
                        + "[Extern](https://www.vlaanderen.be) en [intern](/diensten/)\n", "date: 2024-01-01");
        site.buildOk();

        Document page = site.html("klantverhalen/a/index.html");
        var img = page.select(".prose img").first();
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attr("height")).isEqualTo("480");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("decoding")).isEqualTo("async");
        assertThat(page.select("a[href=https://www.vlaanderen.be]").attr("rel")).isEqualTo("noopener");
        assertThat(page.select(".prose a[href=/diensten/]").hasAttr("rel")).isFalse();
        assertThat(page.select(".brand-logo").attr("width")).isEqualTo("120");
        assertThat(page.select(".brand-logo").attr("loading")).as("the template says eager").isEqualTo("eager");
        assertThat(page.select(".prose h2#aanpak a.anchor").attr("href")).isEqualTo("#aanpak");
    }

    @Test
    void aStoryPageHasTitleDescriptionCanonicalSharingTagsAndJsonLdWithoutReviews() {
        site.buildOk();

        Document page = site.html("klantverhalen/b/index.html");
        assertThat(page.title()).isEqualTo("Verhaal b | Testsite");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Samenvatting van b.");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.test/klantverhalen/b/");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.test/klantverhalen/b/share-card.png");
        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"@type\":\"Organization\"", "\"@type\":\"Article\"",
                "\"@type\":\"Quotation\"", "\"text\":\"Het werkte meteen.\"", "\"name\":\"Dienst werkplek\"",
                "\"name\":\"Dienst backup\"").doesNotContain("Review", "AggregateRating");
        assertThat(page.select("figure.pull-quote figcaption").text())
                .isEqualTo("An Peeters, ICT-coördinator, Gemeente b");
    }

    @Test
    void aBlockquoteEndingInAnAttributionIsAPullQuote() {
        site.storyWithBody("a", "> Binnen drie dagen werkte iedereen thuis.\n> — Sofie Verlinden, ICT-coördinator\n\n"
                + "> Gewoon een citaat.\n", "date: 2024-01-01");
        site.buildOk();

        Document page = site.html("klantverhalen/a/index.html");
        var figure = page.select(".prose figure.quote").first();
        assertThat(figure.select("blockquote").text()).isEqualTo("Binnen drie dagen werkte iedereen thuis.");
        assertThat(figure.select("figcaption").text()).isEqualTo("Sofie Verlinden, ICT-coördinator");
        assertThat(page.select(".prose > blockquote").text()).isEqualTo("Gewoon een citaat.");
    }

    @Test
    void anHtmlContentFileWithAJBakeHeaderIsTakenAsItIs() {
        site.file("content/pages/oud.html", "title=Oude pagina\nstatus=published\n~~~~~~\n<p class=\"x\">Zo <em>blijft</em> het.</p>\n");
        site.buildOk();

        assertThat(site.html("oud/index.html").select(".prose p.x").outerHtml())
                .isEqualTo("<p class=\"x\">Zo <em>blijft</em> het.</p>");
    }

    @Test
    void robotsAnd404AreWritten() {
        BuildResult result = site.buildOk();

        assertThat(site.text("robots.txt")).contains("User-agent: *").contains("Allow: /");
        assertThat(site.html("404.html").title()).isEqualTo("Pagina niet gevonden | Testsite");
        assertThat(result.pagesByType()).containsEntry("not-found", 1).containsEntry("sitemap", 1)
                .containsEntry("robots", 1).containsEntry("feed", 3);
    }

    private String readSource(String path) {
        try {
            return Files.readString(site.source().resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.util.List<String> titles(Document page) {
        return page.select(".story-card .card-title").eachText();
    }
}
