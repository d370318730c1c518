package be.storysite.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code build} goal run in-process on a copy of the example site: its parameters reach the generator. */
class BuildMojoTest {

    @TempDir
    Path tmp;

    private final RecordingLog log = new RecordingLog();

    @Test
    void buildsTheSiteWithTheBaseUrlAndDraftsItIsGiven() throws Exception {
        BuildMojo mojo = mojo(ExampleSite.copyTo(tmp.resolve("site")), tmp.resolve("out"));
        mojo.baseUrl = "https://staging.vicinia.example";
        mojo.drafts = true;

        mojo.execute();

        assertThat(Files.readString(tmp.resolve("out/sitemap.xml")))
                .contains("<loc>https://staging.vicinia.example/")
                .doesNotContain("https://www.vicinia.be/");
        // rozendries-sportcentrum is the example's one draft story
        assertThat(Files.readString(tmp.resolve("out/sitemap.xml"))).contains("rozendries-sportcentrum");
        assertThat(log.lines()).anyMatch(line -> line.startsWith("[info] built ") && line.endsWith(
                " -> " + tmp.resolve("out")));
        assertThat(log.lines()).anyMatch(line -> line.startsWith("[warning] content/stories/")
                && line.contains(": warning: "));
    }

    @Test
    void withoutDraftsTheDraftStoryIsLeftOut() throws Exception {
        mojo(ExampleSite.copyTo(tmp.resolve("site")), tmp.resolve("out")).execute();

        assertThat(Files.readString(tmp.resolve("out/sitemap.xml")))
                .contains("<loc>https://www.vicinia.be/")
                .doesNotContain("rozendries-sportcentrum");
    }

    @Test
    void anErrorFailsTheBuildNamingFileLineAndHintAndLeavesThePreviousOutput() throws Exception {
        Path site = ExampleSite.copyTo(tmp.resolve("site"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("index.html"), "previous build");
        Path story = site.resolve("content/stories/lindebeek-thuiswerk.md");
        Files.writeString(story, Files.readString(story).replaceFirst("(?m)^quote: .*\\R", ""));

        assertThatThrownBy(() -> mojo(site, out).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("the site has 1 error(s); fix them and run the build again:")
                .hasMessageContaining("content/stories/lindebeek-thuiswerk.md:")
                .hasMessageContaining(": error: story front matter needs 'quote'")
                .hasMessageContaining("  hint: ");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("previous build");
    }

    private BuildMojo mojo(Path source, Path output) {
        BuildMojo mojo = new BuildMojo();
        mojo.source = source.toFile();
        mojo.output = output.toFile();
        mojo.setLog(log);
        return mojo;
    }
}
