package be.storysite.generator.model;

/** Why a page would not be published; preview builds show it in a banner. */
public enum PreviewReason {
    /** The file has errors ({@code check} fails): its page lists them. */
    ERRORS,
    /** {@code status: draft}. */
    DRAFT,
    /** {@code date} after today. */
    FUTURE,
    /** A story without {@code approved}: the customer has not signed off its quotes. */
    UNAPPROVED;

    /** The message key of the banner text, e.g. {@code preview_draft}. */
    public String messageKey() {
        return "preview_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
