package be.storysite.generator.pipeline;

/**
 * One named step of the build pipeline: load, parse, model, render, ... It reports problems of the input to
 * {@link BuildContext#problems()} (all of them, not only the first) and throws only for what stops it outright.
 *
 * @param <I> what the step reads
 * @param <O> what it hands to the next step
 */
public interface Step<I, O> {

    /** The step's name, shown in progress and in errors: {@code parse}, {@code render}, ... */
    String name();

    O run(I input, BuildContext context);
}
