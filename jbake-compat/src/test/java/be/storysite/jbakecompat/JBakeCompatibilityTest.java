package be.storysite.jbakecompat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The differential test: JBake 2.7.0 bakes each fixture, storysite builds the same source, and the two output
 * trees must be equal file by file, except for the differences {@link KnownDifferences} lists and justifies.
 */
@ExtendWith(BakedSites.Extension.class)
class JBakeCompatibilityTest {

    static final List<String> SITES = FixtureSites.NAMES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("SITES")
    void storysiteBuildsWhatJBakeBakes(String site, BakedSites baked) throws IOException {
        Path jbake = baked.jbake(site).destination();
        Path storysite = FixtureSites.output("storysite", site);
        Path source = FixtureSites.source(site);

        // No --drafts: JBake always renders drafts (under the draft suffix) and lists them nowhere.
        BuildResult result = new SiteGenerator().build(
                new BuildOptions(source, storysite, false, false, Optional.empty(), false, true), BuildListener.NONE);

        assertThat(result.errors()).as("storysite's errors building %s", source)
                .extracting(error -> error.format(source)).isEmpty();
        List<Difference> differences = TreeDiff.compare(jbake, storysite);
        assertThat(KnownDifferences.unexplained(site, differences))
                .as("differences from JBake's output (%s) that KnownDifferences does not explain:%n%s", jbake,
                        differences.stream().map(Difference::toString).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(KnownDifferences.unused(site, differences))
                .as("KnownDifferences entries of %s that explain nothing any more: remove them", site).isEmpty();
    }
}
