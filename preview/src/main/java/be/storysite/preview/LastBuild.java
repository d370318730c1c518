package be.storysite.preview;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.BuildResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The outcome of the preview's latest build, read by the request threads: while it failed, pages answer with its
 * errors instead of the (older) site.
 *
 * <pre>{@code
 * LastBuild last = new LastBuild(firstResult);
 * last.set(rebuildResult);
 * last.errors();   // empty when the site built
 * }</pre>
 */
public final class LastBuild {

    private final AtomicReference<BuildResult> result;

    public LastBuild(BuildResult first) {
        this.result = new AtomicReference<>(first);
    }

    public void set(BuildResult latest) {
        result.set(latest);
    }

    public BuildResult get() {
        return result.get();
    }

    /** The latest build's errors; empty when it succeeded. */
    public List<Diagnostic> errors() {
        return result.get().errors();
    }
}
