package be.storysite.cli;

import static be.storysite.cli.CliRun.copyExampleSite;
import static be.storysite.cli.CliRun.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code storysite check} validates what {@code build} validates, with the same messages, and writes nothing:
 * each kind of content error on a copy of the example site, through {@link Main#run}.
 */
class CheckCommandTest {

    @TempDir
    Path work;

    /** One broken copy of the example site: its edits, and a part of each error line check and build must print. */
    record Edit(String file, String regex, String replacement) {
    }

    record Breakage(String name, List<Edit> edits, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("front matter, services, images, YAML, forms routing", List.of(
                        new Edit("content/stories/lindebeek-thuiswerk.md", "^quote: .*\\n", ""),
                        new Edit("content/stories/haspenvelde-mobiele-politie.md", "^date: .*$", "date: gisteren"),
                        new Edit("content/stories/heidegem-sociaal-huis.md", "^services:", "services:\n  - bestaat-niet"),
                        new Edit("content/stories/vlietland-recyclageparken.md", "^region: .*$", "region: [Limburg"),
                        new Edit("content/stories/lindebeek-thuiswerk.md", "^logo: .*$", "logo: images/logos/bestaat-niet.svg"),
                        new Edit("contact-forms/routing.yaml", "^default_owner: .*$", "default_owner: niemand")),
                        List.of("content/stories/lindebeek-thuiswerk.md:", "story front matter needs 'quote'",
                                "content/stories/haspenvelde-mobiele-politie.md:",
                                "'date' must be a date like 2024-03-01",
                                "content/stories/heidegem-sociaal-huis.md:", "unknown service 'bestaat-niet'",
                                "content/stories/vlietland-recyclageparken.md:",
                                "'logo' names a missing image: assets/images/logos/bestaat-niet.svg",
                                "contact-forms/routing.yaml:", "niemand")),
                new Breakage("links and templates", List.of(
                        new Edit("content/stories/lindebeek-thuiswerk.md", "\\n---\\n", "\n---\n\n[kapot](/klantverhalen/bestaat-niet/)\n\n"),
                        new Edit("templates/page.ftlh", "</@layout.document>", "${geen_variabele}</@layout.document>")),
                        List.of("content/stories/lindebeek-thuiswerk.md:", "broken link '/klantverhalen/bestaat-niet/'",
                                "templates/page.ftlh:", "render: ")),
                new Breakage("site configuration", List.of(
                        new Edit("site.yaml", "^title: .*\\n", "")),
                        List.of("site.yaml:", "'title'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void checkFailsWithTheMessagesBuildPrints(Breakage breakage) throws Exception {
        Path site = copyExampleSite(work.resolve("site"));
        for (Edit e : breakage.edits()) {
            edit(site, e.file(), e.regex(), e.replacement());
        }

        CliRun check = CliRun.of("check", "--source", site.toString());
        CliRun build = CliRun.of("build", "--source", site.toString(), "--output", work.resolve("out").toString());

        assertThat(check.status()).as(check.err()).isEqualTo(1);
        assertThat(build.status()).as(build.err()).isEqualTo(1);
        assertThat(check.diagnostics()).isNotEmpty();
        assertThat(String.join("\n", check.diagnostics())).isEqualTo(String.join("\n", build.diagnostics()));
        List<String> errors = check.diagnostics().stream().filter(l -> l.contains(": error: ")).toList();
        for (String expected : breakage.expected()) {
            assertThat(errors).as(check.err()).anyMatch(line -> line.contains(expected));
        }
        assertThat(check.err()).contains("check failed: " + errors.size() + " error(s)");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(site.resolve("target")).doesNotExist();
    }

    @Test
    void aBadDateABrokenLinkAMissingImageAndARoutingErrorInFourFilesComeInOneRunSorted() throws Exception {
        Path site = copyExampleSite(work.resolve("site"));
        edit(site, "content/stories/lindebeek-thuiswerk.md", "^date: .*$", "date: 2026-13-45");
        edit(site, "content/stories/haspenvelde-mobiele-politie.md", "\\n---\\n",
                "\n---\n\n[kapot](/klantverhalen/bestaat-niet/)\n\n");
        edit(site, "content/stories/heidegem-sociaal-huis.md", "\\n---\\n",
                "\n---\n\n![schema](/assets/images/schema.png)\n\n");
        edit(site, "contact-forms/routing.yaml", "^default_owner: .*$", "default_owner: niemand");

        CliRun check = CliRun.of("check", "--source", site.toString());
        CliRun build = CliRun.of("build", "--source", site.toString(), "--output", work.resolve("out").toString());

        assertThat(check.status()).as(check.err()).isEqualTo(1);
        assertThat(build.status()).as(build.err()).isEqualTo(1);
        List<String> errors = check.diagnostics().stream().filter(l -> l.contains(": error: ")).toList();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("contact-forms/routing.yaml:5:").contains("'niemand' is not a manager");
        assertThat(errors.get(1)).startsWith("content/stories/haspenvelde-mobiele-politie.md:")
                .contains("broken link '/klantverhalen/bestaat-niet/'");
        assertThat(errors.get(2)).startsWith("content/stories/heidegem-sociaal-huis.md:")
                .contains("names a missing image: no file /assets/images/schema.png");
        assertThat(errors.get(3)).isEqualTo("content/stories/lindebeek-thuiswerk.md:3:7: error: story front matter: "
                + "'date' must be a date like 2024-03-01, and '2026-13-45' is none: month 13 does not exist");
        assertThat(build.diagnostics()).isEqualTo(check.diagnostics());
        assertThat(check.err()).doesNotContain("stopped after");
    }

    @Test
    void anUnreadableSiteYamlStopsEarlyAndSaysSo() throws Exception {
        Path site = copyExampleSite(work.resolve("site"));
        edit(site, "site.yaml", "^title: .*\\n", "");
        edit(site, "content/stories/lindebeek-thuiswerk.md", "^date: .*$", "date: 2026-13-45");

        CliRun check = CliRun.of("check", "--source", site.toString());

        assertThat(check.status()).isEqualTo(1);
        assertThat(check.err()).contains("stopped after step 'config': its errors make the later checks meaningless");
    }

    @Test
    void aCleanSitePassesWithTheSameWarningsAsBuildAndNothingWritten() throws Exception {
        // the example site has one story the customer has not signed off yet: a warning, not an error
        Path site = copyExampleSite(work.resolve("site"));

        CliRun check = CliRun.of("check", "--source", site.toString());
        CliRun build = CliRun.of("build", "--source", site.toString(), "--output", work.resolve("out").toString());

        assertThat(check.status()).as(check.err()).isZero();
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(check.diagnostics()).isEqualTo(build.diagnostics())
                .anyMatch(l -> l.startsWith("content/stories/herkenbroek-administratief-centrum.md:")
                        && l.contains("warning: story 'herkenbroek-administratief-centrum' is left out: it has no 'approved' date"));
        assertThat(check.err()).containsPattern("checked \\d+ pages .*; nothing written");
        assertThat(site.resolve("target")).doesNotExist();
        assertThat(work.resolve("out/index.html")).exists();
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun unknownOption = CliRun.of("check", "--no-such-option");
        assertThat(unknownOption.status()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option: '--no-such-option'").contains("Usage: storysite check");
        assertThat(CliRun.of().status()).isEqualTo(2);
        assertThat(CliRun.of("publish").status()).isEqualTo(2);
    }

    @Test
    void aMissingSiteFolderIsAnError() throws Exception {
        CliRun check = CliRun.of("check", "--source", work.resolve("nergens").toString());
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.diagnostics()).anyMatch(l -> l.contains("site.yaml") && l.contains("error:"));
        assertThat(Files.exists(work.resolve("nergens"))).isFalse();
    }
}
