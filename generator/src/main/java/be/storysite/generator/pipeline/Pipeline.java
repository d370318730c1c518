package be.storysite.generator.pipeline;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.SourcePosition;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

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
    /** Steps that reported errors of their own (a step started beside the others adds from its thread). */
    private final Set<String> failedSteps = ConcurrentHashMap.newKeySet();

    public Pipeline(BuildContext context) {
        this.context = context;
    }

    public <I, O> O run(Step<I, O> step, I input) {
        context.listener().stepStarted(step.name());
        long start = System.nanoTime();
        int errorsBefore = context.problems().errors().size();
        try {
            return step.run(input, context);
        } catch (DiagnosticException e) {
            context.problems().addAll(e.diagnostics());
            throw new StepFailed(step.name());
        } catch (StepFailed e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a StackOverflowError has unwound to here and left nothing half-shared: a build error, not a dead JVM
            context.problems().error(SourcePosition.of(context.source()), "step '" + step.name()
                    + "' failed unexpectedly: " + e, "this is a bug in storysite unless the message says "
                    + "otherwise (a full disk, a file without permission); please report it with this message");
            throw new StepFailed(step.name());
        } finally {
            if (context.problems().errors().size() > errorsBefore) {
                failedSteps.add(step.name());
            }
            context.listener().stepFinished(step.name(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Starts {@code step} on a thread of its own, beside the steps run after it; {@link Running#join} waits for its
     * result. For a step that needs nothing from those steps: its serial work then overlaps theirs instead of
     * adding to the build's time (the contact forms are read while the content is loaded and parsed).
     */
    public <I, O> Running<O> start(Step<I, O> step, I input) {
        return beside("storysite-" + step.name(), () -> run(step, input));
    }

    /**
     * Makes something the next steps will need on a thread of its own, e.g. the Markdown parser, whose extensions
     * take a tenth of a second to wire, while the configuration and the files are read.
     */
    public static <T> Running<T> beside(String name, Supplier<T> work) {
        return new Running<>(CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** A step started with {@link #start}. */
    public static final class Running<O> {

        private final CompletableFuture<O> result;

        private Running(CompletableFuture<O> result) {
            this.result = result;
        }

        /**
         * {@code next} applied to this result on a thread of its own, once the result is there: for work beside the
         * steps that needs something known only later (the site's languages, once {@code config} has run).
         */
        public <R> Running<R> then(String name, Function<O, R> next) {
            return beside(name, () -> next.apply(join()));
        }

        /** The step's result, once it has finished; its {@link StepFailed} (or other failure) is thrown here. */
        public O join() {
            try {
                return result.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    /** Stops the build when {@code step} (or an earlier one) found errors: the next steps would only add noise. */
    public void stopOnErrors(String step) {
        if (context.problems().hasErrors()) {
            throw new StepFailed(step);
        }
    }

    /**
     * Stops the build when {@code step} itself found errors, which make the next steps meaningless (no page plan,
     * nothing to render); errors of earlier steps, e.g. one story's front matter, let the others go on being
     * checked, so that a run reports every error at once.
     */
    public void stopIfFailed(String step) {
        if (failedSteps.contains(step)) {
            throw new StepFailed(step);
        }
    }
}
