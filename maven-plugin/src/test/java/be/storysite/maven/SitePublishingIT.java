package be.storysite.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A marketing team's site repository, built and published with real Maven: {@code mvn site} builds the marketing
 * site with this build's plugin, the Maven Site Plugin stages and deploys it to the {@code distributionManagement}
 * URL, and {@code mvn storysite:check} fails with the messages the {@code storysite} command prints.
 */
class SitePublishingIT {

    /** A diagnostic as the CLI prints it: the {@code path:line:col: error: message} line and its hint line. */
    private static final Pattern DIAGNOSTIC =
            Pattern.compile("^\\S+:\\d+:\\d+: (?:error|warning): .*(?:\\R  hint: .*)?$", Pattern.MULTILINE);
    /** Maven's log puts its level before every line of a message; the message itself is what is compared. */
    private static final Pattern MAVEN_LEVEL = Pattern.compile("^\\[(?:ERROR|WARNING)] ", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @Test
    void siteBuildsTheMarketingSiteAndStageAndSiteDeployPublishItByteForByte() throws Exception {
        Path deployed = tmp.resolve("www");
        SiteProject site = SiteProject.copyOfExampleSite(tmp.resolve("site"), deployed.toUri().toString());
        Path built = site.dir().resolve("target/site");

        ChildProcess.Result siteRun = site.mvn("site");

        assertThat(siteRun.exitCode()).as(siteRun.output()).isZero();
        assertThat(siteRun.output()).contains("storysite-maven-plugin").containsPattern("built \\d+ pages");
        // The marketing site, home pages in the three languages, and none of Maven's own project site.
        assertThat(built.resolve("index.html")).exists();
        assertThat(built.resolve("fr/index.html")).exists();
        assertThat(built.resolve("en/index.html")).exists();
        assertThat(Files.readString(built.resolve("index.html"))).contains("<html lang=\"nl-BE\"");
        assertThat(built.resolve("project-info.html")).doesNotExist();
        assertThat(built.resolve("css/maven-base.css")).doesNotExist();

        ChildProcess.Result stageRun = site.mvn("site:stage");

        assertThat(stageRun.exitCode()).as(stageRun.output()).isZero();
        assertThat(FileTree.of(site.dir().resolve("target/staging"))).isEqualTo(FileTree.of(built));

        ChildProcess.Result deployRun = site.mvn("site-deploy");

        assertThat(deployRun.exitCode()).as(deployRun.output()).isZero();
        assertThat(deployRun.output()).contains("maven-site-plugin:3.21.0:deploy");
        assertThat(FileTree.of(deployed)).hasSizeGreaterThan(50).isEqualTo(FileTree.of(built));
    }

    @Test
    void checkFailsTheBuildWithTheSameMessagesAsTheCommandLine() throws Exception {
        SiteProject site = SiteProject.copyOfExampleSite(tmp.resolve("site"), tmp.resolve("www").toUri().toString());
        removeLine(site.dir().resolve("content/stories/lindebeek-thuiswerk.md"), "quote: ");
        replaceLine(site.dir().resolve("content/stories/rozendries-sportcentrum.md"), "date: ", "date: 2024-13-45");

        ChildProcess.Result cli = ChildProcess.run(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "be.storysite.cli.Main",
                "check", "--source", site.dir().toString()), site.dir(), Duration.ofMinutes(2));
        ChildProcess.Result maven = site.mvn("storysite:check");

        assertThat(cli.exitCode()).as(cli.output()).isEqualTo(1);
        List<String> cliDiagnostics = diagnostics(cli.output());
        assertThat(cliDiagnostics).as(cli.output())
                .filteredOn(d -> d.contains(": error: ")).satisfiesExactly(
                        quote -> assertThat(quote).startsWith("content/stories/lindebeek-thuiswerk.md:")
                                .contains("'quote'", "\n  hint: "),
                        date -> assertThat(date).startsWith("content/stories/rozendries-sportcentrum.md:3:"));
        assertThat(maven.exitCode()).as(maven.output()).isEqualTo(1);
        assertThat(maven.output()).contains("BUILD FAILURE", "the site has 2 error(s)");
        assertThat(diagnostics(MAVEN_LEVEL.matcher(maven.output()).replaceAll(""))).isEqualTo(cliDiagnostics);
        assertThat(site.dir().resolve("target/site")).doesNotExist();
    }

    /** Every warning and error with its hint, in the order printed. */
    private static List<String> diagnostics(String output) {
        return DIAGNOSTIC.matcher(output).results().map(m -> m.group().replaceAll("\\R", "\n")).toList();
    }

    private static void removeLine(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.removeIf(line -> line.startsWith(prefix))).as("%s has a line %s", file, prefix).isTrue();
        Files.write(file, lines);
    }

    private static void replaceLine(Path file, String prefix, String replacement) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int index = lines.stream().filter(line -> line.startsWith(prefix)).findFirst().map(lines::indexOf)
                .orElseThrow(() -> new AssertionError(file + " has no line " + prefix));
        lines.set(index, replacement);
        Files.write(file, lines);
    }
}
