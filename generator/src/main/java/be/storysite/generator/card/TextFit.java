package be.storysite.generator.card;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a text into a box: wraps it at spaces and shrinks it, 2 px at a time from the box's size down to its
 * minimum, until every line is at most the box's width and the lines fit its height and {@code max_lines}. When even
 * the minimum size does not fit, the text is set at the minimum: a word wider than the box is cut with a hyphen,
 * and the last line that fits ends with "…". So no line is ever wider than the box, nor below its bottom.
 *
 * <pre>{@code
 * TextFit.Fitted fitted = TextFit.fit(boldFont, "„Op vrijdag kregen we het bericht ...”", headlineBox);
 * fitted.lines().forEach(line -> g.drawString(line, x, y += fitted.lineHeight()));
 * }</pre>
 */
public final class TextFit {

    /** Measures as {@link CardPainter} draws: anti-aliased, fractional metrics. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /**
     * A fitted text.
     *
     * @param font the base font at the chosen size
     * @param lines the lines, each at most the box's width
     * @param lineHeight the distance between baselines, in pixels
     * @param cut whether the text did not fit at the minimum size and was cut
     */
    public record Fitted(Font font, List<String> lines, float lineHeight, boolean cut) {
        public float size() {
            return font.getSize2D();
        }
    }

    /** {@code text} in {@code base} (any size), fitted into {@code box}. */
    public static Fitted fit(Font base, String text, CardDesign.TextBox box) {
        String clean = text.strip().replaceAll("\\s+", " ");
        for (int size = box.size(); size >= box.minSize(); size -= 2) {
            Font font = base.deriveFont((float) size);
            int max = maxLines(box, size);
            List<String> lines = wrap(font, clean, box.box().width(), max + 1, false);
            if (lines != null && lines.size() <= max) {
                return new Fitted(font, lines, (float) (size * box.lineHeight()), false);
            }
        }
        Font font = base.deriveFont((float) box.minSize());
        int max = maxLines(box, box.minSize());
        List<String> lines = wrap(font, clean, box.box().width(), Integer.MAX_VALUE, true);
        if (lines.size() > max) {
            lines = new ArrayList<>(lines.subList(0, max));
            lines.set(max - 1, withEllipsis(font, lines.get(max - 1), box.box().width()));
        }
        return new Fitted(font, List.copyOf(lines), (float) (box.minSize() * box.lineHeight()), true);
    }

    /** How many lines of this size the box holds: the first line's full size, then a line height each. */
    private static int maxLines(CardDesign.TextBox box, int size) {
        double step = size * box.lineHeight();
        int byHeight = (int) Math.floor((box.box().height() - size * 1.2) / step) + 1;
        return Math.max(1, Math.min(box.maxLines(), byHeight));
    }

    /**
     * Greedy wrapping at spaces; null when a word is wider than the box and {@code breakWords} is false, or when more
     * than {@code limit} lines are needed (the caller only wants to know it does not fit).
     */
    private static List<String> wrap(Font font, String text, int width, int limit, boolean breakWords) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, rest) > width) {
                if (!breakWords) {
                    return null;
                }
                int cut = longestPrefix(font, rest, width);
                lines.add(rest.substring(0, cut) + "-");
                rest = rest.substring(cut);
            }
            line.append(rest);
            if (lines.size() > limit) {
                return null;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.size() > limit ? null : lines;
    }

    /** The longest prefix of {@code word} that, with a hyphen, fits {@code width}; at least one character. */
    private static int longestPrefix(Font font, String word, int width) {
        int cut = 1;
        while (cut < word.length() - 1 && width(font, word.substring(0, cut + 1) + "-") <= width) {
            cut++;
        }
        return cut;
    }

    private static String withEllipsis(Font font, String line, int width) {
        String text = line.endsWith("-") ? line.substring(0, line.length() - 1) : line;
        while (!text.isEmpty() && width(font, text + ELLIPSIS) > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text.stripTrailing() + ELLIPSIS;
    }

    /** The advance width of {@code text} in pixels, as it is drawn. */
    public static double width(Font font, String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }
}
