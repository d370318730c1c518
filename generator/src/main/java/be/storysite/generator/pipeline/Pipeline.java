package be.storysite.generator.pipeline;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.SourcePosition;

/**
 * Runs the named steps of a build one after the other, with their names in progress events and errors:
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline(context);
 * SiteConfig config = pipeline.run(new ConfigStep(), null);
 * List<SourceFile> files = pipeline.run(new LoadStep(), config);
 * pipeline.stopOnErrors("load");
 * }</pre>
 *
 * A problem in the user's input is a diagnostic in the context (the step goes on to find the others); anything
 * unexpected is wrapped as an error naming the step, so a crash still reads as a build error with a place.
 */
public final class Pipeline {

    private final BuildContext context;

    public Pipeline(BuildContext context) {
        this.context = context;
    }

    public <I, O> O run(Step<I, O> step, I input) {
        context.listener().stepStarted(step.name());
        long start = System.nanoTime();
        try {
            return step.run(input, context);
        } catch (DiagnosticException e) {
            context.problems().addAll(e.diagnostics());
            throw new StepFailed(step.name());
        } catch (StepFailed e) {
            throw e;
        } catch (RuntimeException e) {
            context.problems().error(SourcePosition.of(context.source()), "step '" + step.name()
                    + "' failed unexpectedly: " + e, "this is a bug in storysite unless the message says "
                    + "otherwise (a full disk, a file without permission); please report it with this message");
            throw new StepFailed(step.name());
        } finally {
            context.listener().stepFinished(step.name(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Stops the build when {@code step} (or an earlier one) found errors: the next steps would only add noise. */
    public void stopOnErrors(String step) {
        if (context.problems().hasErrors()) {
            throw new StepFailed(step);
        }
    }
}
