package be.storysite.generator.parse;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.SourcePosition;
import java.nio.file.Path;

/**
 * Finds Markdown nested deeper than {@link #MAX_DEPTH} levels before flexmark parses it: quotes in quotes
 * ({@code > > > ...}), lists in lists ({@code 1. 1. 1. ...}, or each item indented under the one before) and
 * brackets in brackets ({@code [![![...}).
 *
 * <pre>{@code
 * NestingScan.firstTooDeep("> ".repeat(10_000) + "x");   // 200: where the 101st '>' is
 * NestingScan.firstTooDeep("- a\n  - b\n");              // -1: fine
 * }</pre>
 *
 * Why before parsing: flexmark builds its tree without recursion, but its node post-processors (autolinks,
 * attributes) and its HTML renderer walk the tree recursively, so a 10,000-deep quote overflowed a build thread's
 * stack, and a 1,000-level list spent ten seconds in those walks first. One pass over the text costs nothing
 * next to parsing. The count is an upper bound of what flexmark nests (a line's containers are its {@code >} and
 * list markers, and its indentation before them, two columns a level); emphasis nested thousands deep is not
 * counted, and overflows into the parse step's error naming the file. Used by JBake projects too (their own
 * flexmark parser walks the tree the same way).
 */
public final class NestingScan {

    /** Far beyond any real story (a list in a quote in a list is 3), far below what overflows a thread's stack. */
    public static final int MAX_DEPTH = 100;

    private NestingScan() {
    }

    /** The offset in {@code markdown} of the first place nested deeper than {@link #MAX_DEPTH}, or -1. */
    public static int firstTooDeep(String markdown) {
        int n = markdown.length();
        int brackets = 0;
        int i = 0;
        while (i < n) {
            int depth = 0;
            int indent = 0;
            // the line's container prefix: indentation, then '>' and list markers
            while (i < n) {
                char c = markdown.charAt(i);
                if (c == ' ' || c == '\t') {
                    if (depth == 0) {
                        indent += c == '\t' ? 4 : 1;
                    }
                    i++;
                    continue;
                }
                int marker = markerEnd(markdown, i);
                if (marker < 0) {
                    break;
                }
                depth++;
                if (depth + indent / 2 > MAX_DEPTH) {
                    return i;
                }
                i = marker;
            }
            if (i < n && markdown.charAt(i) == '\n' || i == n) {
                brackets = 0; // a blank line ends the paragraph, and every bracket in it
            }
            // the rest of the line: brackets stay open across the lines of a paragraph
            for (; i < n && markdown.charAt(i) != '\n'; i++) {
                char c = markdown.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    if (++brackets > MAX_DEPTH) {
                        return i;
                    }
                } else if (c == ']' && brackets > 0) {
                    brackets--;
                }
            }
            i++;
        }
        return -1;
    }

    /** Where the container marker at {@code i} ends ({@code >}, {@code - }, {@code 1. }), or -1 when none is. */
    private static int markerEnd(String text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '*' || c == '+') && i + 1 < n && isBlank(text.charAt(i + 1))) {
            return i + 2;
        }
        int j = i;
        while (j < n && j - i < 9 && Character.isDigit(text.charAt(j)) && text.charAt(j) < 128) {
            j++;
        }
        if (j > i && j + 1 < n && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlank(text.charAt(j + 1))) {
            return j + 2;
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The error for {@code offset} in the body of {@code header}, at its line and column in {@code file}. */
    public static Diagnostic error(Path file, Header header, int offset) {
        return Diagnostic.error(SourcePosition.atOffset(file, header.body(), offset, header.bodyLine()),
                "Markdown nested deeper than " + MAX_DEPTH + " levels (quotes, lists or brackets inside each other)",
                "no page needs more than a few levels: flatten the quotes or lists, or escape a bracket as \\[");
    }
}
