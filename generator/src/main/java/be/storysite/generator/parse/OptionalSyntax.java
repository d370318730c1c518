package be.storysite.generator.parse;

/**
 * The Markdown syntax beyond CommonMark that a body may use, found by one scan of its text, so that it is parsed
 * without the flexmark extensions it cannot need.
 *
 * <pre>{@code
 * OptionalSyntax.in("| Voor | Na |");                // TABLES.bit
 * OptionalSyntax.in("Ze zei \"ja\".");                 // TYPOGRAPHY.bit
 * OptionalSyntax.in("Gewoon tekst.");                  // 0
 * }</pre>
 *
 * <p>Each test is a superset of what its extension reacts to (the characters its parsers are registered for), so
 * a body without them parses to the same tree with or without the extension: a false "may use" only costs time
 * (a table's {@code |---|} row counts as {@code --}, so a body with a table is parsed with typography too).
 */
public enum OptionalSyntax {
    /** {@code |}: GitHub tables (and their scrolling container). */
    TABLES,
    /** {@code ~}: {@code ~~struck~~}. */
    STRIKETHROUGH,
    /** {@code [^}: footnote references and definitions. */
    FOOTNOTES,
    /** <code>{</code>: {@code {#id .class}} attributes. */
    ATTRIBUTES,
    /**
     * Quotes {@code '} and {@code "}, {@code <<} and {@code >>}, and the smarts {@code ...}, {@code . . .},
     * {@code --}: what the typographic extension turns into curly quotes, guillemets, ellipses and dashes.
     */
    TYPOGRAPHY,
    /**
     * {@code ://}, {@code @}, {@code www.} or {@code &}: what a bare link may hold ({@link
     * AutolinkWhereNeeded#mayHoldAutolink}).
     */
    AUTOLINKS;

    /** This syntax's bit in the set {@link #in} returns. */
    public final int bit = 1 << ordinal();

    /** All syntaxes: the bits of a body that may use everything. */
    public static final int ALL = (1 << values().length) - 1;

    /** The syntaxes {@code markdown} may use, as a set of {@link #bit}s. */
    public static int in(String markdown) {
        int found = 0;
        for (int i = 0, n = markdown.length(); i < n && found != (ALL & ~AUTOLINKS.bit); i++) {
            char c = markdown.charAt(i);
            char next = i + 1 < n ? markdown.charAt(i + 1) : 0;
            switch (c) {
                case '|' -> found |= TABLES.bit;
                case '~' -> found |= STRIKETHROUGH.bit;
                case '{' -> found |= ATTRIBUTES.bit;
                case '[' -> found |= next == '^' ? FOOTNOTES.bit : 0;
                case '\'', '"' -> found |= TYPOGRAPHY.bit;
                case '-', '<', '>' -> found |= next == c ? TYPOGRAPHY.bit : 0;
                case '.' -> found |= next == '.' || next == ' ' && i + 2 < n && markdown.charAt(i + 2) == '.'
                        ? TYPOGRAPHY.bit : 0;
                default -> {
                    // CommonMark only
                }
            }
        }
        return AutolinkWhereNeeded.mayHoldAutolink(markdown) ? found | AUTOLINKS.bit : found;
    }
}
