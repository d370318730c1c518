package be.storysite.cli;

/** The exit statuses every command keeps to, so that scripts and CI can rely on them. */
final class ExitCodes {

    /** Everything worked. */
    static final int OK = 0;
    /** The content (or configuration) has errors; all of them were printed. */
    static final int CONTENT_ERRORS = 1;
    /** The command line was wrong (picocli's own usage status is the same number). */
    static final int USAGE = 2;
    /** The lead store is missing, locked, damaged or unreachable (one line names it and says what to do). */
    static final int STORE_UNAVAILABLE = 3;

    private ExitCodes() {
    }
}
