package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, acceptance 1: every story, service and home page of the example site shares a 1200 × 630 PNG card that
 * exists in the output; a card follows its own quote and nothing else; a logo that cannot be drawn is an error at
 * the field that names it.
 */
class ShareCardsTest {

    @TempDir
    static Path exampleOut;
    static BuildResult example;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildTheExampleSite() {
        example = new SiteGenerator().build(BuildOptions.of(TestSite.REPO, exampleOut.resolve("site")),
                BuildListener.NONE);
    }

    @Test
    void everyStoryServiceAndHomePageSharesItsOwnCardOf1200By630() throws IOException {
        assertThat(example.errors()).isEmpty();
        Path site = exampleOut.resolve("site");
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(p -> p.getFileName().toString().equals("index.html")).forEach(pages::add);
        }
        List<String> withCards = new ArrayList<>();
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile());
            String type = html.selectFirst("meta[property=og:type]").attr("content");
            String url = "/" + site.relativize(page.getParent()).toString().replace('\\', '/') + "/";
            url = url.equals("//") ? "/" : url;
            boolean wanted = type.equals("article") // a story
                    || url.matches("/(fr/|en/)?") || url.matches("/((fr|en)/)?(diensten|services)/[^/]+/");
            if (!wanted) {
                continue;
            }
            withCards.add(url);
            String image = meta(html, "og:image");
            assertThat(image).as(url).isEqualTo("https://www.vicinia.be" + url + "share-card.png");
            Path png = site.resolve(image.substring("https://www.vicinia.be/".length()));
            assertThat(png).as(url).exists();
            assertThat(Files.readAllBytes(png)).as("a PNG signature").startsWith(0x89, 'P', 'N', 'G');
            BufferedImage read = ImageIO.read(png.toFile());
            assertThat(read.getWidth()).as(url).isEqualTo(1200);
            assertThat(read.getHeight()).as(url).isEqualTo(630);
            assertThat(meta(html, "og:image:width")).isEqualTo("1200");
            assertThat(meta(html, "og:image:height")).isEqualTo("630");
            assertThat(meta(html, "og:image:alt")).as(url).isNotBlank();
            assertThat(html.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
            assertThat(html.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(image);
        }
        assertThat(withCards).as("3 homes, 10 services, 9 stories").hasSize(22);
        assertThat(exampleOut.resolve("site/fr/temoignages/lindebeek-thuiswerk/share-card.png"))
                .as("the French story's own card").exists()
                .content().isNotEqualTo(Files.readString(site.resolve("klantverhalen/lindebeek-thuiswerk/share-card.png"),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
        Document story = Jsoup.parse(site.resolve("fr/temoignages/lindebeek-thuiswerk/index.html").toFile());
        assertThat(meta(story, "og:image:alt")).as("in the page's language").startsWith("Carte de partage");
    }

    @Test
    void aCardChangesWithItsQuoteAndNotWithAnotherStory() throws IOException {
        TestSite site = TestSite.in(temp).service("werkplek").story("a").story("b");
        site.buildOk();
        byte[] a = Files.readAllBytes(site.output().resolve("klantverhalen/a/share-card.png"));
        byte[] b = Files.readAllBytes(site.output().resolve("klantverhalen/b/share-card.png"));
        Path cache = temp.resolve(".out.cache/cards");
        long cached = count(cache);

        site.story("a", "quote: \"Het werkte meteen, en iedereen kon van thuis uit verder.\"").buildOk();
        assertThat(Files.readAllBytes(site.output().resolve("klantverhalen/a/share-card.png"))).isNotEqualTo(a);
        assertThat(Files.readAllBytes(site.output().resolve("klantverhalen/b/share-card.png"))).isEqualTo(b);
        assertThat(count(cache)).as("only a's card was drawn again").isEqualTo(cached + 1);

        site.story("b", "summary: Een andere samenvatting van b.").buildOk();
        assertThat(Files.readAllBytes(site.output().resolve("klantverhalen/b/share-card.png")))
                .as("the summary is not on the card").isEqualTo(b);
    }

    @Test
    void aLogoThatCannotBeDrawnIsAnErrorAtItsField() {
        TestSite site = TestSite.in(temp).service("werkplek")
                .file("assets/images/logos/kapot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\"")
                .story("a", "logo: images/logos/kapot.svg")
                .story("b", "logo: images/logos/weg.svg");
        BuildResult result = site.build();
        assertThat(site.headlines(result.errors())).containsExactly(
                "content/stories/a.md:14:7: error: 'logo' names /assets/images/logos/kapot.svg, which cannot be"
                        + " drawn on the share card: Batik cannot read it as SVG: "
                        + result.errors().get(0).message().replaceAll(".*as SVG: ", ""),
                "content/stories/b.md:14:7: error: 'logo' names a missing image: assets/images/logos/weg.svg");
    }

    @Test
    void aBadDesignIsAnErrorAtItsLineAndCardsCanBeTurnedOff() throws IOException {
        TestSite site = TestSite.in(temp).service("werkplek").story("a");
        Path design = site.source().resolve("templates/cards/share-card.yaml");
        Files.writeString(design, Files.readString(design).replace("var(--bg, #ffffff)", "var(--nergens)"));
        BuildResult result = site.build();
        assertThat(site.headlines(result.errors())).singleElement().asString()
                .startsWith("templates/cards/share-card.yaml:").contains("error: share card colour 'panel':")
                .contains("declares no --nergens");

        site.file("site.yaml", TestSite.SITE_YAML + "share_cards: false\n").buildOk();
        assertThat(site.exists("klantverhalen/a/share-card.png")).isFalse();
        Document story = site.html("klantverhalen/a/index.html");
        assertThat(story.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }

    private static String meta(Document html, String property) {
        Element meta = html.selectFirst("meta[property=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
