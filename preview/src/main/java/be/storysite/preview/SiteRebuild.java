package be.storysite.preview;

import be.storysite.generator.BuildResult;

/**
 * Rebuilds the preview after a change. Today every change is a full build ({@link FullRebuild}: the generator is
 * fast and swaps its output atomically); the {@link SiteChange} is passed so that an incremental build can rebuild
 * only the pages the changed paths affect, without the preview changing.
 *
 * <pre>{@code
 * SiteRebuild rebuild = new FullRebuild(new SiteGenerator(), options, BuildListener.NONE);
 * BuildResult result = rebuild.rebuild(SiteChange.of(Path.of("content/stories/lindebeek.md")));
 * }</pre>
 */
@FunctionalInterface
public interface SiteRebuild {

    /** Brings the output up to date with the site folder; never throws for problems in the site. */
    BuildResult rebuild(SiteChange change);
}
