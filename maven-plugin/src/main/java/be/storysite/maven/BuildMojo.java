package be.storysite.maven;

import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import be.storysite.generator.pipeline.BuildOptions;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn storysite:build}: builds the site into {@code target/site}, like {@code ./storysite build}. The output
 * folder is replaced only when the build succeeds; errors fail the Maven build, listing each one.
 *
 * <p>Bound to the {@code site} phase, it makes {@code mvn site} build the marketing site (and {@code mvn site-deploy}
 * publish it with the Maven Site Plugin):
 *
 * <pre>{@code
 * <execution><phase>site</phase><goals><goal>build</goal></goals></execution>
 * }</pre>
 */
@Mojo(name = "build", threadSafe = true)
public final class BuildMojo extends SiteMojo {

    /** Where the site is written; by default where {@code mvn site} puts a site, so the Site Plugin deploys it. */
    @Parameter(property = "storysite.output", defaultValue = "${project.reporting.outputDirectory}", required = true)
    File output;

    /** Include content with {@code status: draft}. */
    @Parameter(property = "storysite.drafts", defaultValue = "false")
    boolean drafts;

    /** Include content dated after today. */
    @Parameter(property = "storysite.future", defaultValue = "false")
    boolean future;

    /** Overrides {@code base_url} of {@code site.yaml}, e.g. for a staging host. */
    @Parameter(property = "storysite.baseUrl")
    String baseUrl;

    @Override
    public void execute() throws MojoFailureException {
        BuildOptions options = new BuildOptions(sourcePath(), output.toPath().toAbsolutePath().normalize(), drafts,
                future, Optional.ofNullable(baseUrl).filter(url -> !url.isBlank()), false, true);
        BuildResult result = new SiteGenerator().build(options, new StepLog(getLog()));
        buildLog().report(result, "built", " -> " + result.output());
    }
}
