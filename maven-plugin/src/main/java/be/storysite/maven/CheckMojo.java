package be.storysite.maven;

import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import be.storysite.generator.pipeline.BuildOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn storysite:check}: validates everything {@code build} validates (front matter, links, images, forms and
 * routing, approval of stories) with the same messages, writing nothing; fails the Maven build on any error. For
 * the CI of a marketing team's repository; bound to {@code verify} when listed without a phase:
 *
 * <pre>{@code
 * <execution><goals><goal>check</goal></goals></execution>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends SiteMojo {

    @Override
    public void execute() throws MojoFailureException {
        // writeOutput=false: the generator renders everything but writes nothing, so the output path is unused.
        Path unused = sourcePath().resolve("target/check");
        BuildOptions options = new BuildOptions(sourcePath(), unused, false, false, Optional.empty(), false, false);
        BuildResult result = new SiteGenerator().build(options, new StepLog(getLog()));
        buildLog().report(result, "checked", "; nothing written");
    }
}
