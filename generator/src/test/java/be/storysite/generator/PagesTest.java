package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.generator.view.Descriptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site's pages as search engines, printers and prospects meet them (issue 10, "Pages" and
 * "Conversion"): descriptions, hreflang alternates of taxonomy and term pages, breadcrumbs and their JSON-LD, the
 * print and dark styles, a story's contact; plus fixture sites for the description rules. The example site is
 * built once for the class.
 */
class PagesTest {

    @TempDir
    static Path out;
    static BuildResult result;
    static Path site;
    static Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        site = out.resolve("site");
        result = new SiteGenerator().build(BuildOptions.of(TestSite.REPO, site), BuildListener.NONE);
        assertThat(result.errors()).as("errors").isEmpty();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String url = "/" + site.relativize(file).toString().replace("index.html", "");
                pages.put(url, Jsoup.parse(file.toFile(), "UTF-8", "https://www.vicinia.be" + url));
            }
        }
    }

    private static List<Document> indexed() {
        return pages.values().stream().filter(d -> d.selectFirst("meta[name=robots]") == null
                && !d.location().endsWith("/404.html")).toList();
    }

    @Test
    void everyIndexedPageHasItsOwnDescriptionOfAtMost160Characters_andTheBuildWarnsOfNone() {
        Map<String, String> seen = new HashMap<>();
        for (Document page : indexed()) {
            String description = page.selectFirst("meta[name=description]").attr("content");
            assertThat(description.length()).as(page.location()).isBetween(40, Descriptions.MAX);
            assertThat(seen.put(description, page.location())).as("same description as " + page.location()).isNull();
            assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(description);
        }
        assertThat(seen).hasSizeGreaterThan(60);
        assertThat(result.warnings()).extracting(Diagnostic::message).noneMatch(m -> m.contains("meta description"));
        // a story's summary is longer than 160 characters: cut on a word boundary, marked with an ellipsis
        String summary = pages.get("/klantverhalen/lindebeek-thuiswerk/").selectFirst("p.lead").text();
        String description = pages.get("/klantverhalen/lindebeek-thuiswerk/").selectFirst("meta[name=description]")
                .attr("content");
        assertThat(summary.length()).isGreaterThan(160);
        assertThat(description).endsWith("…");
        String kept = description.substring(0, description.length() - 1);
        assertThat(summary).startsWith(kept);
        assertThat(summary.charAt(kept.length())).as("cut between words").isIn(' ', ',', '.', ';', ':');
    }

    @Test
    void taxonomyAndTermPagesHaveReciprocalHreflangAlternates_andALanguageSwitchToTheirEquivalent() {
        int termPagesWithAlternates = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            Document page = e.getValue();
            String self = page.selectFirst("link[rel=canonical]").attr("href");
            for (Element alternate : page.select("link[rel=alternate][hreflang]")) {
                String href = alternate.attr("href");
                Document other = pages.get(href.replace("https://www.vicinia.be", ""));
                assertThat(other).as(e.getKey() + " names " + href).isNotNull();
                assertThat(other.select("link[rel=alternate][hreflang]").eachAttr("href"))
                        .as(href + " points back to " + self).contains(self);
            }
            if (page.body().hasClass("term") && !page.select("link[rel=alternate][hreflang]").isEmpty()) {
                termPagesWithAlternates++;
            }
        }
        assertThat(termPagesWithAlternates).as("term pages with alternates").isGreaterThan(5);
        Document welzijn = pages.get("/klantverhalen/dienst/cyberbeveiliging/");
        assertThat(welzijn.select("link[hreflang=fr-BE]").attr("href"))
                .isEqualTo("https://www.vicinia.be/fr/temoignages/service/cyberbeveiliging/");
        assertThat(welzijn.select(".language-switch a[hreflang=fr-BE]").attr("href"))
                .isEqualTo("/fr/temoignages/service/cyberbeveiliging/");
        Document sectors = pages.get("/fr/temoignages/secteur/");
        assertThat(sectors.select("link[hreflang=nl-BE]").attr("href"))
                .isEqualTo("https://www.vicinia.be/klantverhalen/sector/");
    }

    @Test
    void breadcrumbsAreANavWithAnOrderedList_andTheirJsonLdBreadcrumbListMatchesTheVisibleTrail() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            Element nav = e.getValue().selectFirst("nav.breadcrumbs");
            if (nav == null) {
                assertThat(e.getValue().selectFirst("script[type=application/ld+json]").data())
                        .as(e.getKey() + ": a BreadcrumbList only with a visible trail").doesNotContain("BreadcrumbList");
                continue;
            }
            checked++;
            assertThat(nav.attr("aria-label")).isNotBlank();
            List<Element> items = nav.select("ol > li");
            assertThat(items.get(items.size() - 1).select("[aria-current=page]")).hasSize(1);
            JsonNode graph = json.readTree(e.getValue().selectFirst("script[type=application/ld+json]").data())
                    .get("@graph");
            JsonNode list = null;
            for (JsonNode node : graph) {
                if (node.path("@type").asText().equals("BreadcrumbList")) {
                    list = node;
                }
            }
            assertThat(list).as(e.getKey() + " BreadcrumbList").isNotNull();
            JsonNode elements = list.get("itemListElement");
            assertThat(elements).hasSize(items.size());
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = elements.get(i);
                assertThat(item.get("@type").asText()).isEqualTo("ListItem");
                assertThat(item.get("position").asInt()).isEqualTo(i + 1);
                assertThat(item.get("name").asText()).isEqualTo(items.get(i).text());
                Element link = items.get(i).selectFirst("a");
                String expected = link != null ? link.absUrl("href") : e.getValue().location();
                assertThat(item.get("item").asText()).as(e.getKey() + " item " + i).isEqualTo(expected);
            }
        }
        assertThat(checked).isGreaterThan(40);
        Document story = pages.get("/klantverhalen/lindebeek-thuiswerk/");
        assertThat(story.select("nav.breadcrumbs li").eachText()).first().isEqualTo("Home");
        assertThat(story.select("nav.breadcrumbs li").eachText()).last().isEqualTo(story.selectFirst("h1").text());
    }

    @Test
    void thePrintAndDarkStylesAreInTheLinkedStylesheet() throws IOException {
        Document story = pages.get("/klantverhalen/lindebeek-thuiswerk/");
        String href = story.selectFirst("link[rel=stylesheet]").attr("href");
        String css = Files.readString(site.resolve(href.substring(1)));
        assertThat(css).contains("@media print", "@media (prefers-color-scheme: dark)");
        String print = css.substring(css.indexOf("@media print"));
        assertThat(print).contains(".site-header", ".site-footer", ".contact,", ".contact-bar", "display: none");
    }

    @Test
    void aStoryShowsTheManagerTheRoutingGivesItsService_nearTheTop_withACallAndAWriteLink() {
        // content/stories/broekelare-cyberaanval.md is about cyberbeveiliging: specialist-cyberbeveiliging in
        // contact-forms/routing.yaml names karim-el-amrani, phone "+32 2 588 71 60"
        Document story = pages.get("/klantverhalen/broekelare-cyberaanval/");
        Element contact = story.selectFirst("aside.story-contact");
        assertThat(contact).isNotNull();
        assertThat(contact.select(".story-contact-person strong").text()).isEqualTo("Karim El Amrani");
        assertThat(contact.select("a[href^=tel:]").attr("href")).isEqualTo("tel:+3225887160");
        assertThat(contact.select("a[href^=#]").attr("href")).isEqualTo("#contact-title");
        assertThat(story.getElementById("contact-title")).isNotNull();
        assertThat(contact.text()).doesNotContain("@");
        assertThat(contact.elementSiblingIndex()).as("before the story's body")
                .isLessThan(story.selectFirst("article .prose").elementSiblingIndex());
        assertThat(story.select("nav.contact-bar a")).hasSize(2);
        // a story about another service in Limburg: the territory's manager
        // lindebeek: werkplek-in-de-cloud and datacenter-hosting: specialist-datacenter, elke-wouters, in nl and fr
        assertThat(pages.get("/klantverhalen/lindebeek-thuiswerk/").select(".story-contact-person strong").text())
                .isEqualTo("Elke Wouters");
        assertThat(pages.get("/fr/temoignages/lindebeek-thuiswerk/").select(".story-contact h2").text())
                .isEqualTo("Un projet semblable ?");
    }

    @Test
    void theHomePageHasADescriptiveTitleAndH1AndACallToAction() {
        Document home = pages.get("/");
        assertThat(home.title()).startsWith("Vicinia").hasSizeGreaterThan(30);
        assertThat(home.selectFirst("h1").text()).isNotEqualTo("Vicinia").hasSizeGreaterThan(20);
        assertThat(home.select("section.home-cta a[href=/contact/]")).hasSize(1);
        assertThat(home.select("section.home-cta a[href^=tel:]")).hasSize(1);
    }

    @Test
    void theDescriptionFieldWins_elseTheSummaryIsCut_andTwoPagesWithOneDescriptionAreAWarningNamingBoth(
            @TempDir Path dir) {
        String longSummary = "Woord ".repeat(40).strip() + ".";
        TestSite fixture = TestSite.in(dir).service("werkplek")
                .story("eigen", "description: Een eigen beschrijving.")
                .story("breed", "description: " + longSummary.replace("Woord", "Breed"))
                .story("lang", "summary: " + longSummary)
                .story("een", "summary: Dezelfde samenvatting.")
                .story("twee", "summary: Dezelfde samenvatting.");
        BuildResult built = fixture.buildOk();
        assertThat(description(fixture, "klantverhalen/eigen/")).isEqualTo("Een eigen beschrijving.");
        String cut = description(fixture, "klantverhalen/lang/");
        assertThat(cut).hasSizeLessThanOrEqualTo(160).endsWith("Woord…");
        assertThat(built.warnings()).filteredOn(d -> d.message().startsWith("description is "))
                .singleElement().satisfies(d -> assertThat(d.position().file().toString()).endsWith("breed.md"));
        assertThat(built.warnings()).filteredOn(d -> d.message().contains("meta description"))
                .singleElement().satisfies(d -> {
                    assertThat(d.message()).contains("content/stories/een.md", "content/stories/twee.md");
                    assertThat(d.position().file().toString()).endsWith("twee.md");
                    assertThat(d.position().line()).isGreaterThan(1);
                });
    }

    @Test
    void cutKeepsShortTextsAndCutsLongOnesBetweenWords() {
        assertThat(Descriptions.cut("  Kort  en\ngoed. ", 160)).isEqualTo("Kort en goed.");
        assertThat(Descriptions.cut("aaa bbb ccc", 9)).isEqualTo("aaa bbb…");
        assertThat(Descriptions.cut("aaa, bbb ccc", 8)).isEqualTo("aaa…");
        assertThat(Descriptions.cut("abcdefghijkl", 6)).isEqualTo("abcde…");
    }

    private static String description(TestSite fixture, String page) {
        try {
            return Jsoup.parse(fixture.output().resolve(page + "index.html").toFile())
                    .selectFirst("meta[name=description]").attr("content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
