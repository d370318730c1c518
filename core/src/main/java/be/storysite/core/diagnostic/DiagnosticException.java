package be.storysite.core.diagnostic;

import java.util.List;

/**
 * Stops a step because the input has errors. Carries every {@link Diagnostic} found, and the name of the step
 * that failed, so the caller can print {@code build failed in step 'parse': 3 errors} followed by each one.
 */
public class DiagnosticException extends RuntimeException {

    private final String step;
    private final transient List<Diagnostic> diagnostics;

    public DiagnosticException(String step, List<Diagnostic> diagnostics) {
        super(step + ": " + diagnostics.size() + " error(s), first: "
                + (diagnostics.isEmpty() ? "-" : diagnostics.get(0).headline(null)));
        this.step = step;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public DiagnosticException(String step, Diagnostic diagnostic) {
        this(step, List.of(diagnostic));
    }

    /** The build step that found the problems, e.g. {@code load}, {@code parse}, {@code render}. */
    public String step() {
        return step;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
