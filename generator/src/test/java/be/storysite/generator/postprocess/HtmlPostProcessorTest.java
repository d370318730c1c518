package be.storysite.generator.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.assets.AssetIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The post-processor edits template output in place: each guarantee, on the tag shapes HTML allows. */
class HtmlPostProcessorTest {

    @TempDir
    Path dir;
    private HtmlPostProcessor post;
    private final Diagnostics problems = new Diagnostics();
    private PageSource source;

    @BeforeEach
    void setUp() throws Exception {
        Path css = Files.writeString(dir.resolve("site.css"), "p{}");
        Path svg = Files.writeString(dir.resolve("logo.svg"), "<svg width=\"30\" height=\"20\"></svg>");
        Files.writeString(dir.resolve("page.ftlh"), "");
        AssetIndex assets = new AssetIndex(Map.of("/css/site.css", css, "/img/logo.svg", svg),
                Map.of("/css/site.css", "/css/site.0123abcd.css"));
        post = new HtmlPostProcessor(Set.of("/", "/diensten/"), assets, new ImageSizes(), new LinkLocator(dir),
                "https://example.be");
        source = new PageSource("/diensten/", null, "", dir.resolve("page.ftlh"));
    }

    private String process(String html) {
        return post.process(html, source, problems);
    }

    @Test
    void assetReferencesGetTheirFingerprintedNamesWhateverTheQuoting() {
        assertThat(process("<link rel=stylesheet href=/css/site.css><script src='/css/site.css?v=1'></script>"))
                .isEqualTo("<link rel=stylesheet href=/css/site.0123abcd.css>"
                        + "<script src='/css/site.0123abcd.css?v=1'></script>");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void externalLinksGetNoopenerKeepingTheirRel() {
        assertThat(process("<a href=\"https://x.be/\">x</a><a rel=\"nofollow\" href=\"//y.be\">y</a>"
                + "<a href=\"https://z.be\" rel=\"noopener\">z</a><a href=\"https://example.be/\">home</a>"))
                .isEqualTo("<a href=\"https://x.be/\" rel=\"noopener\">x</a>"
                        + "<a rel=\"nofollow noopener\" href=\"//y.be\">y</a>"
                        + "<a href=\"https://z.be\" rel=\"noopener\">z</a><a href=\"https://example.be/\">home</a>");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void imagesGetTheirSizeAndLazyLoadingBeforeASelfClosingSlash() {
        assertThat(process("<img src=\"/img/logo.svg\" alt=\"\"/><img src=\"/img/logo.svg\" alt=\"\" width=\"9\" "
                + "loading=\"eager\">"))
                .isEqualTo("<img src=\"/img/logo.svg\" alt=\"\" width=\"30\" height=\"20\" loading=\"lazy\" "
                        + "decoding=\"async\"/><img src=\"/img/logo.svg\" alt=\"\" width=\"9\" loading=\"eager\" "
                        + "decoding=\"async\">");
    }

    @Test
    void headingsWithAnIdInsideDataAnchorsGetALinkToThemselves() {
        String html = "<h2 id=\"out\">Out</h2><div data-anchors><div><h2 id=\"a&amp;b\">A</h2></div>"
                + "<h3>No id</h3></div><h3 id=\"after\">After</h3>";

        assertThat(process(html)).isEqualTo("<h2 id=\"out\">Out</h2><div data-anchors><div><h2 id=\"a&amp;b\">A"
                + "<a class=\"anchor\" href=\"#a&amp;b\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2></div>"
                + "<h3>No id</h3></div><h3 id=\"after\">After</h3>");
    }

    @Test
    void brokenLinksAreErrorsButScriptTextAndCommentsAreNotLinks() {
        String html = "<!-- <a href=\"/gone/\"> --><script type=\"application/ld+json\">{\"a\":\"<a href='/x/'>\"}"
                + "</script><svg><style><![CDATA[ a > b { } ]]></style><![CDATA[ x > y <a href=\"/gone/\"> ]]></svg>"
                + "<textarea><a href=\"/gone/\"></textarea><a href=\"#later\">later</a><a href=\"/nergens/\">x</a><a href=\"#none\">y</a>"
                + "<p id=\"later\">";

        assertThat(process(html)).isEqualTo(html);
        assertThat(problems.errors()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "broken link '/nergens/' leads nowhere: this build writes no page or file at /nergens/ (on /diensten/)",
                "broken link '#none' points at no element with id 'none' on this page (on /diensten/)");
    }

    @Test
    void aBrokenLinkOfAPageWhoseTextIsNotHeldIsPlacedInItsFileReadAgain() throws Exception {
        // as the loader reads it: without the byte order mark, so columns count from the first character
        Path story = Files.writeString(dir.resolve("story.md"),
                "\uFEFF---\ntitle: Lindebeek — thuis\n---\nZie [de dienst](/nergens/) en ![foto](/nergens/).\n");
        source = new PageSource("/diensten/", story, null, dir.resolve("page.ftlh"));

        process("<a href=\"/nergens/\">de dienst</a><img src=\"/nergens/\" alt=foto width=1 height=1>");

        assertThat(problems.errors()).extracting(d -> d.position().line() + ":" + d.position().column())
                .containsExactly("4:17", "4:39");
        assertThat(problems.errors()).allSatisfy(d -> assertThat(d.position().file()).isEqualTo(story));
    }

    @Test
    void aPageKeepsEveryByteThePostProcessorDoesNotChange() {
        String html = "<!DOCTYPE html>\n<html lang=nl-BE><head><meta charset=utf-8><title>a &amp; b</title>"
                + "<script>if (a<b && c) { go(); }</script></head>\n<body class='x'><p>open<p>twee &#39;x&#39;"
                + "<br/><input required hidden><TABLE><tr><td>cel</table></body></html>\n";

        assertThat(process(html)).isEqualTo(html);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void newValuesAreEscapedForTheQuotesTheyGoIn() {
        assertThat(process("<img src=/img/logo.svg alt=x/><img src='/img/logo.svg' alt='' loading />"))
                .isEqualTo("<img src=/img/logo.svg alt=x/ width=\"30\" height=\"20\" loading=\"lazy\" "
                        + "decoding=\"async\">"
                        + "<img src='/img/logo.svg' alt='' loading width=\"30\" height=\"20\" decoding=\"async\" />");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void relativeAndEncodedLinksResolveAgainstThePage() {
        assertThat(process("<a href=\"../\">up</a><a href=\"/diensten/?a=1&amp;b=2\">q</a>"))
                .isEqualTo("<a href=\"../\">up</a><a href=\"/diensten/?a=1&amp;b=2\">q</a>");
        assertThat(problems.all()).isEmpty();
    }
}
