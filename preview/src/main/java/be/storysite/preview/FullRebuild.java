package be.storysite.preview;

import be.storysite.generator.BuildListener;
import be.storysite.generator.BuildOptions;
import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;

/**
 * Rebuilds the whole site whatever changed: always right, and the generator swaps the output only when the build
 * succeeds, so a broken save leaves the last good site in place.
 *
 * <pre>{@code
 * new FullRebuild(new SiteGenerator(), options, BuildListener.NONE).rebuild(change);
 * }</pre>
 */
public record FullRebuild(SiteGenerator generator, BuildOptions options, BuildListener listener)
        implements SiteRebuild {

    @Override
    public BuildResult rebuild(SiteChange change) {
        return generator.build(options, listener);
    }
}
