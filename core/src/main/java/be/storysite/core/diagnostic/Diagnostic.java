package be.storysite.core.diagnostic;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in the user's input, printed the way compilers do so that editors can jump to it:
 *
 * <pre>{@code
 * content/stories/haacht.md:4:1: error: story front matter needs 'quote' (the pull quote shown on lists and share cards)
 *   hint: add a line such as  quote: "Binnen drie dagen werkte iedereen thuis."
 * }</pre>
 *
 * @param severity error or warning
 * @param position where; see {@link SourcePosition}
 * @param message what is wrong, one sentence, naming the field or link
 * @param hint what to do about it; may be empty
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, String hint)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(SourcePosition position, String message, String hint) {
        return new Diagnostic(Severity.ERROR, position, message, hint);
    }

    public static Diagnostic warning(SourcePosition position, String message, String hint) {
        return new Diagnostic(Severity.WARNING, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem with {@code step: } put before the message, to say which build step found it. */
    public Diagnostic inStep(String step) {
        return new Diagnostic(severity, position, step + ": " + message, hint);
    }

    /** The first line, {@code path:line:col: error: message}, paths shown relative to {@code base}. */
    public String headline(Path base) {
        return position.format(base) + ": " + severity.label() + ": " + message;
    }

    /** Headline plus an indented {@code hint:} line when there is a hint. */
    public String format(Path base) {
        return hint.isBlank() ? headline(base) : headline(base) + System.lineSeparator() + "  hint: " + hint;
    }

    @Override
    public String toString() {
        return format(null);
    }

    @Override
    public int compareTo(Diagnostic other) {
        int byPosition = position.compareTo(other.position);
        return byPosition != 0 ? byPosition : message.compareTo(other.message);
    }
}
