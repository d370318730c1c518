package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.pipeline.StepFailed;
import java.util.List;

/**
 * A step of the full build wrapped with a cache for the live preview: its result and the problems it reported
 * are kept, and handed out again (the problems reported again, as a full build would) while its input is the
 * same object and none of the files it reads changed ({@link #invalidate}). A run that fails keeps nothing, so
 * the next build runs the step again.
 *
 * <pre>{@code
 * CachedStep<SiteConfig, Optional<FormDefinition>> forms = new CachedStep<>(new FormsStep());
 * forms.invalidate();                        // a file under contact-forms/ changed
 * pipeline.run(forms, config);               // read again; the next run with the same config is free
 * }</pre>
 */
final class CachedStep<I, O> implements Step<I, O> {

    private final Step<I, O> step;
    private Kept<I, O> kept;

    CachedStep(Step<I, O> step) {
        this.step = step;
    }

    @Override
    public String name() {
        return step.name();
    }

    /** Forgets the result: a file the step reads changed. */
    synchronized void invalidate() {
        kept = null;
    }

    @Override
    public synchronized O run(I input, BuildContext context) {
        if (kept == null || kept.input() != input) {
            Diagnostics own = new Diagnostics();
            try {
                O output = step.run(input, context.reportingTo(own));
                kept = new Kept<>(input, output, own.all());
            } catch (StepFailed failed) {
                kept = null;
                throw failed;
            } finally {
                context.problems().addAll(own.all());
            }
            return kept.output();
        }
        context.problems().addAll(kept.problems());
        return kept.output();
    }

    private record Kept<I, O>(I input, O output, List<Diagnostic> problems) {
    }
}
