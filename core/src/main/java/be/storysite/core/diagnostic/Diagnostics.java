package be.storysite.core.diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects every problem of one run, so that a build reports all of them at once instead of stopping at the
 * first. Safe to use from the parallel parse and render steps.
 *
 * <pre>{@code
 * Diagnostics problems = new Diagnostics();
 * problems.error(SourcePosition.of(file, 3, 1), "unknown service 'cloud'", "use one of: backup, werkplek");
 * if (problems.hasErrors()) System.err.print(problems.format(siteRoot));
 * }</pre>
 */
public final class Diagnostics {

    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    public void error(SourcePosition position, String message, String hint) {
        add(Diagnostic.error(position, message, hint));
    }

    public void warning(SourcePosition position, String message, String hint) {
        add(Diagnostic.warning(position, message, hint));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** All problems, sorted by file, line and column. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(null);
        return sorted;
    }

    public List<Diagnostic> errors() {
        return all().stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return all().stream().filter(d -> !d.isError()).toList();
    }

    /** Throws a {@link DiagnosticException} with every error collected so far, if there is one. */
    public void throwIfErrors(String step) {
        if (hasErrors()) {
            throw new DiagnosticException(step, errors());
        }
    }

    /** Every problem, one {@link Diagnostic#format(Path)} block each, ending in a newline. */
    public String format(Path base) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : all()) {
            out.append(d.format(base)).append(System.lineSeparator());
        }
        return out.toString();
    }
}
