package be.storysite.forms;

/**
 * The one normaliser for posted text: every single-line value (form fields but the message, the page's hidden
 * context, the referrer) goes through {@link #singleLine}, every message through {@link #multiLine}.
 *
 * <p>A single-line value may end up in a mail header (Subject, Reply-To) or a log line, so every character that
 * breaks a line anywhere becomes a space: CR, LF, NEL (U+0085), the line and paragraph separators (U+2028, U+2029),
 * vertical tab, form feed and every other control character. Bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) are dropped: they make a subject read differently from what it says.
 *
 * <pre>{@code
 * FieldText.singleLine(" ACME\r\nBcc: x@y.be\u2028 ", 200);   // "ACME Bcc: x@y.be"
 * FieldText.multiLine("one\r\ntwo\u2029three\u0007");         // "one\ntwo\nthree"
 * }</pre>
 */
public final class FieldText {

    private FieldText() {
    }

    /**
     * One line of at most {@code max} characters, stripped: each run of line breaks and control characters becomes
     * one space. Null becomes empty.
     */
    public static String singleLine(String value, int max) {
        if (value == null || value.isEmpty() || max <= 0) {
            return "";
        }
        // A loop rather than a regex: this runs for every field of every post.
        StringBuilder line = new StringBuilder(Math.min(value.length(), max + 1));
        boolean inBreak = false;
        for (int i = 0; i < value.length() && line.length() <= max; i++) {
            char c = value.charAt(i);
            if (isBidiControl(c)) {
                continue;
            }
            if (breaksLine(c)) {
                if (!inBreak) {
                    line.append(' ');
                }
                inBreak = true;
            } else {
                line.append(c);
                inBreak = false;
            }
        }
        return cut(line.toString().strip(), max);
    }

    /**
     * Free text that keeps its lines, stripped: every line break (CR LF, CR, NEL, U+2028, U+2029) becomes LF, tabs
     * stay, other control characters and bidirectional overrides are dropped.
     */
    public static String multiLine(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                text.append('\n');
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                text.append('\n');
            } else if (c == '\t' || !(breaksLine(c) || isBidiControl(c))) {
                text.append(c);
            }
        }
        return text.toString().strip();
    }

    /** Whether {@code c} is a control character or a Unicode line or paragraph separator. */
    static boolean breaksLine(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** At most {@code max} characters, never ending in half a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }
}
