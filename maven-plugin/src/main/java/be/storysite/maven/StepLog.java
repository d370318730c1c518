package be.storysite.maven;

import be.storysite.generator.pipeline.BuildListener;
import org.apache.maven.plugin.logging.Log;

/**
 * Hears the build's steps and logs each one's time at debug level ({@code mvn -X}); Maven's log is no terminal,
 * so there is no progress bar.
 */
final class StepLog implements BuildListener {

    private final Log log;

    StepLog(Log log) {
        this.log = log;
    }

    @Override
    public void stepFinished(String step, long millis) {
        if (log.isDebugEnabled()) {
            log.debug("storysite: step " + step + " took " + millis + " ms");
        }
    }
}
