package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error and warning a writer can meet, each at the line it belongs to. The default story's header has
 * its keys on lines 2 to 13 (see {@link TestSite#story}) and closes on line 14.
 */
class DiagnosticsTest {

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.in(dir).service("werkplek").service("backup");
    }

    @Test
    void aMissingRequiredFieldIsAnErrorAtTheEndOfTheHeader() {
        site.story("haacht", "quote: ~drop");

        BuildResult result = site.build();

        assertThat(result.ok()).isFalse();
        assertThat(site.headlines(result.errors())).containsExactly("content/stories/haacht.md:13:1: error: "
                + "story front matter needs 'quote' (the pull quote shown on lists and share cards)");
        assertThat(result.errors().get(0).hint()).contains("quote: \"Binnen drie dagen werkte iedereen thuis.\"");
    }

    @Test
    void everyErrorOfARunIsReportedNotOnlyTheFirst() {
        site.story("a", "person: ~drop").story("b", "role: ~drop", "summary: ~drop");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).containsExactly(
                "content/stories/a.md:13:1: error: story front matter needs 'person' (who speaks)",
                "content/stories/b.md:12:1: error: story front matter needs 'role' (their role)",
                "content/stories/b.md:12:1: error: story front matter needs 'summary' "
                        + "(one or two sentences for lists and the meta description)");
    }

    @Test
    void errorsOfEveryKindAreReportedInOneRunSortedByFileAndLine() {
        site.story("a-datum", "date: 2026-13-45")
                .storyWithBody("b-link", "Lees ook [dit](/diensten/bestaat-niet/).\n")
                .storyWithBody("c-beeld", "![schema](/assets/images/schema.png)\n")
                .storyWithBody("d-link-naar-a", "Zoals [bij a](/klantverhalen/a-datum/).\n");

        BuildResult result = site.build();

        // the link to a-datum is not reported: a-datum's own error says what to fix
        assertThat(site.headlines(result.errors())).containsExactly(
                "content/stories/a-datum.md:3:7: error: story front matter: 'date' must be a date like 2024-03-01, "
                        + "and '2026-13-45' is none: month 13 does not exist",
                "content/stories/b-link.md:16:16: error: broken link '/diensten/bestaat-niet/' leads nowhere: this "
                        + "build writes no page or file at /diensten/bestaat-niet/ (on /klantverhalen/b-link/)",
                "content/stories/c-beeld.md:16:11: error: broken link '/assets/images/schema.png' names a missing "
                        + "image: no file /assets/images/schema.png under assets/ (on /klantverhalen/c-beeld/)");
        assertThat(result.stoppedAfter()).as("nothing stopped the checks early").isEmpty();
        assertThat(site.exists("klantverhalen/b-link/index.html")).as("nothing is written").isFalse();
    }

    @Test
    void aDateThatIsNoDayOfTheCalendarSaysWhy() {
        site.story("a", "date: 2026-02-30");

        assertThat(site.headlines(site.build().errors())).containsExactly("content/stories/a.md:3:7: error: story "
                + "front matter: 'date' must be a date like 2024-03-01, and '2026-02-30' is none: February 2026 has "
                + "28 days, not 30");
    }

    @Test
    void anErrorThatMakesTheOtherChecksMeaninglessStopsTheBuildAndSaysSo() {
        site.story("a", "date: 2026-13-45").file("site.yaml", "languages: {}\n");

        BuildResult result = site.build();

        assertThat(result.stoppedAfter()).contains("config");
        assertThat(site.headlines(result.errors())).allMatch(e -> e.startsWith("site.yaml"));
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAtItsLine() {
        site.story("haacht", "date: volgende week", "services: {werkplek: ja}", "customer_type: bibliotheek",
                "featured: misschien");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).containsExactly(
                "content/stories/haacht.md:3:7: error: story front matter: 'date' must be a date like 2024-03-01, "
                        + "not a text ('volgende week')",
                "content/stories/haacht.md:5:16: error: story front matter: 'customer_type' must be one of "
                        + "gemeente, ocmw, politiezone, hulpverleningszone, intercommunale, provincie, "
                        + "welzijnsvereniging, autonoom-gemeentebedrijf, not a text ('bibliotheek')",
                "content/stories/haacht.md:9:11: error: story front matter: 'services' must be a list of texts, "
                        + "not a mapping (key: value lines)",
                "content/stories/haacht.md:14:11: error: story front matter: 'featured' must be true or false, "
                        + "not a text ('misschien')");
    }

    @Test
    void anUnknownKeyIsAWarningAndTheStoryIsStillPublished() {
        site.story("haacht", "klant: Haacht");

        BuildResult result = site.buildOk();

        assertThat(site.headlines(result.warnings())).containsExactly(
                "content/stories/haacht.md:14:1: warning: story front matter has an unknown key 'klant'");
        assertThat(result.warnings().get(0).hint()).contains("known keys: title, summary, date");
        assertThat(site.exists("klantverhalen/haacht/index.html")).isTrue();
    }

    @Test
    void anUnknownServiceSlugIsAnErrorAtItsListItem() {
        site.story("haacht", "services: [werkplek, wolk]");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).containsExactly("content/stories/haacht.md:9:22: error: "
                + "unknown service 'wolk': there is no content/services/wolk.md");
        assertThat(result.errors().get(0).hint()).isEqualTo("use one of: backup, werkplek");
    }

    @Test
    void aBrokenInternalLinkIsAnErrorNamingTheFileTheLineAndTheLink() {
        site.storyWithBody("haacht", "## Aanpak\n\nLees ook [dit](/diensten/bestaat-niet/) en [dat](/diensten/werkplek/).\n");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).containsExactly("content/stories/haacht.md:18:16: error: "
                + "broken link '/diensten/bestaat-niet/' leads nowhere: this build writes no page or file at "
                + "/diensten/bestaat-niet/ (on /klantverhalen/haacht/)");
        assertThat(site.exists("klantverhalen/haacht/index.html")).as("nothing is written").isFalse();
    }

    @Test
    void relativeLinksAndLinksToAFragmentAreCheckedToo() {
        site.storyWithBody("haacht", "## Aanpak\n\n[werkt](../) [kapot](../nergens/) [anker](#aanpak) [weg](#nergens)\n");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).containsExactly(
                "content/stories/haacht.md:18:22: error: broken link '../nergens/' leads nowhere: this build "
                        + "writes no page or file at /klantverhalen/nergens/ (on /klantverhalen/haacht/)",
                "content/stories/haacht.md:18:58: error: broken link '#nergens' points at no element with id "
                        + "'nergens' on this page (on /klantverhalen/haacht/)");
    }

    @Test
    void aMissingImageIsAnError() {
        site.storyWithBody("haacht", "![schema](/assets/images/schema.png)\n", "logo: images/logos/haacht.svg");

        BuildResult result = site.build();

        // both in one run: the header's error no longer stops the build before the body's links are checked
        assertThat(site.headlines(result.errors())).containsExactly(
                "content/stories/haacht.md:14:7: error: 'logo' names a missing image: assets/images/logos/haacht.svg",
                "content/stories/haacht.md:17:11: error: broken link '/assets/images/schema.png' names a missing "
                        + "image: no file /assets/images/schema.png under assets/ (on /klantverhalen/haacht/)");
        site.delete("content/stories/haacht.md").storyWithBody("haacht", "![schema](/assets/images/schema.png)\n");
        assertThat(site.headlines(site.build().errors())).containsExactly("content/stories/haacht.md:16:11: error: "
                + "broken link '/assets/images/schema.png' names a missing image: no file "
                + "/assets/images/schema.png under assets/ (on /klantverhalen/haacht/)");
    }

    @Test
    void aMissingImageIsReportedWhereItIsWrittenNotWhereItsTextFirstAppears() {
        site.storyWithBody("haacht", "Het schema /assets/images/schema.png toont alles.\n\nZie [het schema]"
                + "(/assets/images/schema.png \"schema\").\n\nOok hier:\n\n![schema](/assets/images/schema.png)\n",
                "summary: Over /assets/images/schema.png en meer.");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).containsExactly("content/stories/haacht.md:18:18: error: "
                + "broken link '/assets/images/schema.png' leads nowhere: this build writes no page or file at "
                + "/assets/images/schema.png (on /klantverhalen/haacht/)", "content/stories/haacht.md:22:11: error: "
                + "broken link '/assets/images/schema.png' names a missing image: no file "
                + "/assets/images/schema.png under assets/ (on /klantverhalen/haacht/)");
    }

    @Test
    void anAsciiDocFileIsAnErrorNamingIt() {
        site.story("haacht").file("content/stories/oud.adoc", "= Oud verhaal\n").file("content/pages/x.ad", "x");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).containsExactly(
                "content/pages/x.ad: error: AsciiDoc files are not supported: x.ad",
                "content/stories/oud.adoc: error: AsciiDoc files are not supported: oud.adoc");
    }

    @Test
    void otherFilesInContentAreAWarningNeverSilence() {
        site.story("haacht").file("content/stories/foto.png", "png");

        BuildResult result = site.buildOk();

        assertThat(site.headlines(result.warnings()))
                .containsExactly("content/stories/foto.png: warning: not a content file, left out: foto.png");
    }

    @Test
    void badYamlIsAnErrorAtItsLine() {
        site.file("content/stories/haacht.md", "---\ntitle: Haacht\ndate: [2024\n---\nTekst\n");

        BuildResult result = site.build();

        assertThat(result.errors()).hasSize(1);
        assertThat(site.headlines(result.errors()).get(0)).isEqualTo("content/stories/haacht.md:3:12: error: invalid YAML: expected ',' or ']', but got <stream end>");
    }

    @Test
    void aFileWithoutHeaderIsAnError() {
        site.file("content/pages/leeg.md", "Geen header hier.\n");

        assertThat(site.headlines(site.build().errors())).containsExactly("content/pages/leeg.md:1:1: error: the "
                + "file has no header: it must start with a line  ---  (YAML front matter) or a JBake header");
    }

    @Test
    void aJBakeHeaderIsReadWithItsLineNumbers() {
        site.file("content/pages/over-ons.md", "title=Over ons\nstatus=published\nkleur=blauw\n~~~~~~\n\nWie we zijn.\n")
                .file("content/pages/fout.md", "title=Fout\ndate=gisteren\n~~~~~~\nTekst\n");

        BuildResult result = site.build();

        assertThat(site.headlines(result.warnings()))
                .containsExactly("content/pages/over-ons.md:3:1: warning: page front matter has an unknown key 'kleur'");
        assertThat(site.headlines(result.errors())).containsExactly("content/pages/fout.md:2:6: error: page front "
                + "matter: 'date' must be a date like 2024-03-01, not a text ('gisteren')");
    }

    @Test
    void aLanguageSuffixThatIsNoLanguageOfTheSiteIsAnError() {
        site.story("haacht.de");

        assertThat(site.headlines(site.build().errors())).containsExactly("content/stories/haacht.de.md: error: "
                + "file name ends in '.de.md' but 'de' is not a language of site.yaml");
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() {
        site.story("haacht").file("templates/story.ftlh", "<p>\n${content.bestaatniet}\n</p>\n");

        BuildResult result = site.build();

        assertThat(site.headlines(result.errors())).hasSize(1);
        // the failing expression is named, and the content file is shown relative to the site like everywhere else
        assertThat(site.headlines(result.errors()).get(0)).startsWith("templates/story.ftlh:2:3: error: render: ")
                .endsWith("content.bestaatniet");
        assertThat(result.errors().get(0).hint())
                .isEqualTo("while rendering /klantverhalen/haacht/ from content/stories/haacht.md");
    }

    @Test
    void aMissingUiStringFallsBackToTheDefaultLanguageWithAWarning() throws Exception {
        java.nio.file.Path fr = site.source().resolve("templates/i18n/messages_fr.properties");
        java.nio.file.Files.writeString(fr, java.nio.file.Files.readString(fr).replaceAll("(?m)^nav_services=.*\n", ""));
        site.story("haacht");

        BuildResult result = site.buildOk();

        assertThat(site.headlines(result.warnings())).containsExactly("templates/i18n/messages_fr.properties: "
                + "warning: UI strings not translated into 'fr': nav_services");
        assertThat(site.html("fr/index.html").select("nav.site-nav a").eachText()).contains("Diensten");
    }

    @Test
    void siteYamlIsCheckedLikeContent() {
        site.file("site.yaml", "title: X\npagination: veel\nlanguages:\n  nl:\n    name: Nederlands\n    locale: nl-BE\n");

        assertThat(site.headlines(site.build().errors())).containsExactly(
                "site.yaml:2:13: error: site.yaml: 'pagination' must be a whole number, not a text ('veel')",
                "site.yaml:4:3: error: site.yaml language needs 'sections' (the URL words of this language)");
    }
}
