package be.storysite.core.diagnostic;

/** How bad a {@link Diagnostic} is: an error fails the build (exit 1), a warning is only reported. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in {@code path:line:col: <label>: message}. */
    public String label() {
        return label;
    }
}
