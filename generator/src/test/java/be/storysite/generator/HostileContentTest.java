package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content a careless author or an attacker could write: the build answers each with an error at its place, and
 * never dies of it. The default story's header closes on line 14; {@link TestSite#storyWithBody} leaves line 15 blank, so the body starts on line 16.
 */
class HostileContentTest {

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).service("werkplek");
    }

    private String onlyError() {
        BuildResult result = site.build();
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).hasSize(1);
        return site.headlines(result.errors()).get(0);
    }

    private static final String TOO_DEEP =
            "error: Markdown nested deeper than 100 levels (quotes, lists or brackets inside each other)";

    @Test
    void tenThousandNestedQuotesAreAnErrorAtTheFirstQuoteTooDeep() {
        site.storyWithBody("haacht", "Inleiding.\n\n" + "> ".repeat(10_000) + "diep\n");

        assertThat(onlyError()).isEqualTo("content/stories/haacht.md:18:201: " + TOO_DEEP);
    }

    @Test
    void tenThousandNestedOrderedListsAreAnError() {
        site.storyWithBody("haacht", "1. ".repeat(10_000) + "diep\n");

        assertThat(onlyError()).isEqualTo("content/stories/haacht.md:16:301: " + TOO_DEEP);
    }

    @Test
    void aThousandLevelListIsAnErrorAtItsHundredAndFirstLevel() {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < 1_000; level++) {
            body.append("  ".repeat(level)).append("- niveau ").append(level).append('\n');
        }
        site.storyWithBody("haacht", body.toString());

        // line 16 + 100: 200 spaces of indentation, then the marker
        assertThat(onlyError()).isEqualTo("content/stories/haacht.md:116:201: " + TOO_DEEP);
    }

    @Test
    void tenThousandNestedBracketsAndImagesInLinksAreAnError() {
        site.storyWithBody("haacht", "[".repeat(10_000) + "x" + "]".repeat(10_000) + "\n")
                .storyWithBody("lede", "Tekst.\n\n" + "[![".repeat(5_000) + "x" + "](/a)](/b)".repeat(5_000) + "\n");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).containsExactlyInAnyOrder(
                "content/stories/haacht.md:16:101: " + TOO_DEEP, "content/stories/lede.md:18:151: " + TOO_DEEP);
    }

    @Test
    void nestingWithinTheLimitStillRenders() {
        site.storyWithBody("haacht", "> ".repeat(20) + "diep\n\n" + "1. ".repeat(20) + "lijst\n");

        site.buildOk();

        assertThat(site.html("klantverhalen/haacht/index.html").select("blockquote").size()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void emphasisNestedThousandsDeepIsAnErrorAtTheBody() {
        StringBuilder body = new StringBuilder();
        body.append("*a _b ".repeat(5_000)).append('x').append(" b_ a*".repeat(5_000)).append('\n');
        site.storyWithBody("haacht", body.toString());

        String error = onlyError();

        assertThat(error).isEqualTo("content/stories/haacht.md:16:1: error: Markdown nested too deeply to render "
                + "(emphasis or links inside each other thousands of times)");
    }

    private static final String LOOP =
            "error: invalid YAML: the alias of anchor &a is used inside the value it names, a loop without end";

    @Test
    void aRecursiveYamlAliasInFrontMatterIsAnErrorAtItsLine() {
        site.story("haacht", "title: &a [*a]");

        assertThat(onlyError()).isEqualTo("content/stories/haacht.md:2:8: " + LOOP);
    }

    @Test
    void aRecursiveYamlAliasInSiteYamlIsAnErrorAtItsLine() {
        site.file("site.yaml", TestSite.SITE_YAML + "extra: &a {self: *a}\n");

        assertThat(onlyError()).isEqualTo("site.yaml:21:8: " + LOOP);
    }

    @Test
    void aRecursiveYamlAliasInAContactFormIsAnErrorAtItsLine() {
        TestSite.copyTree(TestSite.REPO.resolve("contact-forms"), site.source().resolve("contact-forms"));
        site.file("contact-forms/contact.yaml", "id: contact\ntitle: &a [*a]\n");

        assertThat(onlyError()).isEqualTo("contact-forms/contact.yaml:2:8: " + LOOP);
    }

    private static final String RAW = "Intro <span onclick=\"alert(1)\">klik</span>.\n\n"
            + "<script>alert(2)</script>\n\n"
            + "<img src=/assets/images/logo.svg onerror=alert(3)>\n\n"
            + "Een alinea{onclick=alert(4)}\n\n"
            + "<details><summary>Meer</summary>Details</details>\n\n"
            + "<iframe src=\"https://player.vimeo.com/video/1\" title=\"Video\"></iframe>\n\n"
            + "<iframe src=\"https://evil.example/\"></iframe>\n\n"
            + "[a](JaVaScRiPt:alert(5)) [b](&#106;avascript:alert(6)) [c](javascript:alert(7)) "
            + "[d](jav&#x09;ascript:alert(8)) ![e](data:image/svg+xml,x)\n";

    @Test
    void rawHtmlIsSanitisedByDefault() {
        site.storyWithBody("haacht", RAW);

        site.buildOk();

        String html = site.html("klantverhalen/haacht/index.html").selectFirst(".prose").html();
        assertThat(html).doesNotContain("alert", "onclick", "onerror", "<script>alert", "evil.example")
                .contains("<span>klik</span>", "<summary>Meer</summary>",
                        "<iframe src=\"https://player.vimeo.com/video/1\" title=\"Video\">", "<a>a</a>", "<a>b</a>",
                        " c ", "<a>d</a>", "<img alt=\"e\"");
        assertThat(site.text("klantverhalen/haacht/index.html")).doesNotContain("alert(");
    }

    @Test
    void markdownLinksThatRunCodeAreDeadEvenWhenRawHtmlIsTrusted() {
        site.file("site.yaml", TestSite.SITE_YAML + "markdown:\n  raw_html: trusted\n");
        site.storyWithBody("haacht", RAW);

        site.buildOk();

        String page = site.text("klantverhalen/haacht/index.html");
        assertThat(page).contains("<script>alert(2)</script>", "onclick=\"alert(1)\"", "evil.example")
                .doesNotContain("alert(5)", "alert(6)", "alert(7)", "alert(8)", "data:image");
    }

    private void link(String path, Path target) throws java.io.IOException {
        Path link = site.source().resolve(path);
        java.nio.file.Files.createDirectories(link.getParent());
        java.nio.file.Files.createSymbolicLink(link, target);
    }

    @Test
    void symbolicLinksLeadingOutsideTheSiteFolderAreErrorsAndNothingOfThemIsPublished() throws Exception {
        Path outside = java.nio.file.Files.createDirectories(dir.resolve("buiten"));
        Path secret = java.nio.file.Files.writeString(outside.resolve("geheim.md"), "---\ntitle: Geheim\n---\nGEHEIM\n");
        site.story("haacht");
        link("content/pages/geheim.md", secret);
        link("content/pages/map", outside);
        link("assets/images/geheim.png", secret);
        link("templates/geheim.ftlh", secret);
        TestSite.copyTree(TestSite.REPO.resolve("contact-forms"), site.source().resolve("contact-forms"));
        link("contact-forms/extra.yaml", secret);

        BuildResult result = site.build();

        String to = ", to " + outside.toRealPath();
        assertThat(site.headlines(result.errors())).containsExactlyInAnyOrder(
                "content/pages/geheim.md: error: symbolic link leads outside the site folder" + to + "/geheim.md",
                "content/pages/map: error: symbolic link leads outside the site folder" + to,
                "templates/geheim.ftlh: error: symbolic link leads outside the site folder" + to + "/geheim.md",
                "contact-forms/extra.yaml: error: symbolic link leads outside the site folder" + to + "/geheim.md");
        // a template that cannot be read makes rendering meaningless: the build stops there, and says so; assets
        // are published after that, so their error comes once the template is gone
        assertThat(result.stoppedAfter()).contains("load");
        site.delete("templates/geheim.ftlh").delete("contact-forms/extra.yaml").delete("content/pages/geheim.md")
                .delete("content/pages/map");
        assertThat(site.headlines(site.build().errors())).containsExactly(
                "assets/images/geheim.png: error: symbolic link leads outside the site folder" + to + "/geheim.md");
        assertThat(site.exists("klantverhalen/haacht/index.html")).isFalse();
    }

    @Test
    void symbolicLinksInsideTheSiteFolderAreFollowed() throws Exception {
        site.story("haacht");
        link("assets/images/logo-kopie.svg", site.source().resolve("assets/images/logo.svg"));
        link("assets/beelden", site.source().resolve("assets/images"));

        site.buildOk();

        assertThat(site.text("assets/images/logo-kopie.svg")).isEqualTo(TestSite.LOGO_SVG);
        assertThat(site.text("assets/beelden/logo.svg")).isEqualTo(TestSite.LOGO_SVG);
    }

    @Test
    void anEventHandlerInAttributesAloneIsSanitisedAndIdsAndClassesAloneLeaveFlexmarksOutputAsItIs() {
        site.storyWithBody("haacht", "Een \"alinea\"{onclick=alert(1) .lead}\n")
                .storyWithBody("lede", "## Aanpak {#aanpak .groot}\n\nZe zeiden \"dank je\".\n");

        site.buildOk();

        assertThat(site.text("klantverhalen/haacht/index.html")).doesNotContain("alert").contains("class=\"lead\"");
        assertThat(site.text("klantverhalen/lede/index.html"))
                .contains("id=\"aanpak\"", "class=\"groot\"", "Ze zeiden &ldquo;dank je&rdquo;.");
    }
}
