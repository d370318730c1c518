package be.storysite.generator.pipeline;

/**
 * Hears how a build progresses, e.g. to draw a progress bar. Called from the build's threads, so an
 * implementation must be thread-safe; it should also be quick (it is called for every rendered page).
 *
 * <pre>{@code
 * generator.build(options, new BuildListener() {
 *     public void progress(String step, int done, int total) { bar.update(step, done, total); }
 * });
 * }</pre>
 */
public interface BuildListener {

    /** A listener that ignores everything. */
    BuildListener NONE = new BuildListener() {
    };

    /** A step begins: {@code config}, {@code load}, {@code parse}, {@code model}, {@code forms} (beside load, parse
     * and model, on its own thread), {@code plan},
     * {@code assets}, {@code render}, {@code write}. */
    default void stepStarted(String step) {
    }

    /** {@code done} of {@code total} items of {@code step} are finished (files parsed, pages rendered). */
    default void progress(String step, int done, int total) {
    }

    /** A step ended after {@code millis}. */
    default void stepFinished(String step, long millis) {
    }
}
