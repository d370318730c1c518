package be.storysite.generator.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and how.
 *
 * <pre>{@code
 * new BuildOptions(Path.of("."), Path.of("target/site"), false, false, Optional.empty(), false, true);
 * BuildOptions.of(Path.of("."), Path.of("target/site"));   // the same
 * }</pre>
 *
 * @param source the site folder: {@code site.yaml}, {@code content/}, {@code templates/}, {@code assets/},
 *     {@code contact-forms/}
 * @param output the folder the site is written to; replaced as a whole when the build succeeds
 * @param drafts include {@code status: draft} content
 * @param future include content dated after today
 * @param baseUrl overrides {@code base_url} of site.yaml
 * @param preview include drafts, future and unapproved stories, each with a visible banner saying why it would
 *     not be published; robots are kept out
 * @param writeOutput false: check only (validate and render everything, write nothing)
 */
public record BuildOptions(Path source, Path output, boolean drafts, boolean future, Optional<String> baseUrl,
        boolean preview, boolean writeOutput) {

    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        baseUrl = baseUrl == null ? Optional.empty() : baseUrl;
    }

    /** A normal build of {@code source} into {@code output}. */
    public static BuildOptions of(Path source, Path output) {
        return new BuildOptions(source, output, false, false, Optional.empty(), false, true);
    }
}
