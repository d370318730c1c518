package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line relies on: progress events, a safe output folder, no exceptions for bad input. */
class GeneratorContractTest {

    @TempDir
    Path dir;

    @Test
    void theListenerHearsEveryStepInOrderAndThePagesRendered() {
        TestSite site = TestSite.in(dir).service("werkplek").story("a").story("b");
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        List<int[]> progress = Collections.synchronizedList(new ArrayList<>());

        BuildResult result = new SiteGenerator().build(BuildOptions.of(site.source(), site.output()),
                new BuildListener() {
                    @Override
                    public void stepStarted(String step) {
                        steps.add(step);
                    }

                    @Override
                    public void progress(String step, int done, int total) {
                        if (step.equals("render")) {
                            progress.add(new int[] {done, total});
                        }
                    }
                });

        assertThat(result.ok()).isTrue();
        // forms runs beside load, parse and model, search beside assets and render, each on its own thread
        assertThat(steps.stream().filter(s -> !s.equals("forms") && !s.equals("search"))).containsExactly("config",
                "load", "parse", "model", "plan", "assets", "images", "cards", "render", "write");
        assertThat(steps).containsOnlyOnce("forms", "search");
        assertThat(steps.indexOf("forms")).isGreaterThan(steps.indexOf("config"));
        assertThat(steps.indexOf("search")).isGreaterThan(steps.indexOf("plan"));
        assertThat(progress).isNotEmpty();
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(result.pages()));
        assertThat(progress.stream().mapToInt(p -> p[0]).max().orElse(0)).isEqualTo(result.pages());
    }

    @Test
    void anOutputFolderThatHoldsTheSourcesIsRefused() throws Exception {
        TestSite site = TestSite.in(dir).service("werkplek");

        BuildResult intoItself = new SiteGenerator().build(BuildOptions.of(site.source(), site.source()),
                BuildListener.NONE);
        BuildResult intoContent = new SiteGenerator().build(
                BuildOptions.of(site.source(), site.source().resolve("content/out")), BuildListener.NONE);

        assertThat(intoItself.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("contains the site's sources"));
        assertThat(intoContent.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("the output folder lies inside content/"));
        assertThat(site.source().resolve("site.yaml")).exists();
    }

    @Test
    void aSiteWithoutConfigurationIsAnErrorNotAnException() {
        BuildResult result = new SiteGenerator().build(BuildOptions.of(dir.resolve("nothing"), dir.resolve("out")),
                BuildListener.NONE);

        assertThat(result.ok()).isFalse();
        assertThat(result.errors().get(0).message()).isEqualTo("the site has no configuration file site.yaml");
    }

    @Test
    void leftoversOfAKilledBuildAreCleanedUp() throws Exception {
        TestSite site = TestSite.in(dir).service("werkplek");
        Path leftover = Files.createDirectories(dir.resolve(".out.building-12345/klantverhalen"));

        site.buildOk();

        assertThat(leftover.getParent()).doesNotExist();
        assertThat(site.exists("index.html")).isTrue();
    }
}
