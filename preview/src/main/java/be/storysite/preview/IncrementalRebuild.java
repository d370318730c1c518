package be.storysite.preview;

import be.storysite.generator.BuildResult;
import be.storysite.generator.incremental.IncrementalBuild;
import be.storysite.generator.pipeline.BuildListener;

/**
 * Rebuilds only what a change affects, with the generator's {@link IncrementalBuild}: the first rebuild (a
 * {@link SiteChange#unknown()} change) is a full build that seeds its state; later ones re-read the changed files
 * and render and write only the pages whose inputs changed. The output equals a full build's, file for file, and
 * a broken save writes nothing, so the last good site stays served.
 *
 * <pre>{@code
 * SiteRebuild rebuild = new IncrementalRebuild(new IncrementalBuild(options), BuildListener.NONE);
 * rebuild.rebuild(SiteChange.unknown());                                       // everything
 * rebuild.rebuild(SiteChange.of(Path.of("content/stories/lindebeek.md")));    // a few pages
 * }</pre>
 */
public record IncrementalRebuild(IncrementalBuild build, BuildListener listener) implements SiteRebuild {

    @Override
    public BuildResult rebuild(SiteChange change) {
        return build.update(change.paths(), change.everything(), listener);
    }
}
