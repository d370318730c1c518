package be.storysite.preview;

import be.storysite.generator.incremental.IncrementalBuild;
import be.storysite.generator.pipeline.BuildListener;
import java.util.Set;

/**
 * Runs the preview's update path a few times right after the first build, with nothing changed, so that the JIT
 * has compiled it before the writer's first save. The first build renders every page but never takes the path
 * an update takes for an unchanged page (its data model built again and compared with the kept one, its record
 * kept): without this, the first saves after {@code serve} started waited 50-90 ms longer for their reload.
 *
 * <pre>{@code
 * IncrementalBuild build = new IncrementalBuild(options);
 * build.update(Set.of(), true, listener);          // the first build
 * new UpdateWarmUp(build, 2).start();              // in the background; a save's update waits for it
 * }</pre>
 *
 * <p>An update with nothing changed re-reads no content file and writes nothing when nothing changed (every
 * page's inputs are the same); whatever it writes is what a full build would, as for any update.
 * {@link IncrementalBuild#update} is synchronized, so a save's update that comes meanwhile runs after it, on the
 * files as they are then.
 */
public record UpdateWarmUp(IncrementalBuild build, int updates) implements Runnable {

    /** Runs the updates on a daemon thread of its own (it never keeps the JVM alive). */
    public Thread start() {
        Thread thread = new Thread(this, "storysite-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        for (int i = 0; i < updates && !Thread.currentThread().isInterrupted(); i++) {
            build.update(Set.of(), false, BuildListener.NONE);
        }
    }
}
