package be.storysite.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the site folder it reads.
 *
 * <pre>{@code
 * <configuration><source>${project.basedir}/site</source></configuration>
 * }</pre>
 */
abstract class SiteMojo extends AbstractMojo {

    /** The site folder: {@code site.yaml}, {@code content/}, {@code templates/}, {@code assets/}, {@code contact-forms/}. */
    @Parameter(property = "storysite.source", defaultValue = "${project.basedir}", required = true)
    File source;

    /** The site folder as an absolute path: diagnostics are printed relative to it, as the CLI prints them. */
    Path sourcePath() {
        return source.toPath().toAbsolutePath().normalize();
    }

    /** Prints this run's result into Maven's log. */
    BuildLog buildLog() {
        return new BuildLog(sourcePath(), getLog());
    }
}
