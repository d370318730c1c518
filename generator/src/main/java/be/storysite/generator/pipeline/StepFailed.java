package be.storysite.generator.pipeline;

/** Stops the pipeline after a step that found errors; the errors themselves are in the build's problems. */
public final class StepFailed extends RuntimeException {

    private final String step;

    public StepFailed(String step) {
        super("build stopped after step '" + step + "'", null, false, false);
        this.step = step;
    }

    public String step() {
        return step;
    }
}
