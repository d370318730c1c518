package be.storysite.preview;

import be.storysite.generator.BuildResult;

/**
 * Rebuilds the preview after a change. The preview uses {@link IncrementalRebuild}: only the pages the changed
 * paths affect are rendered and written, and the last good site stays in place when the build fails.
 *
 * <pre>{@code
 * SiteRebuild rebuild = new IncrementalRebuild(new IncrementalBuild(options), BuildListener.NONE);
 * BuildResult result = rebuild.rebuild(SiteChange.of(Path.of("content/stories/lindebeek.md")));
 * }</pre>
 */
@FunctionalInterface
public interface SiteRebuild {

    /** Brings the output up to date with the site folder; never throws for problems in the site. */
    BuildResult rebuild(SiteChange change);
}
