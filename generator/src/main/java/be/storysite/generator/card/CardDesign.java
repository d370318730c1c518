package be.storysite.generator.card;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;

/**
 * The share card's design, read from {@code templates/cards/share-card.yaml} ({@link CardDesignReader}): its fonts,
 * and the elements drawn in order on the 1200 × 630 card.
 *
 * <pre>{@code
 * CardDesign design = new CardDesignReader(Path.of(".")).read(problems).orElseThrow();
 * BufferedImage card = new CardPainter(design).paint(text, logo);
 * }</pre>
 *
 * @param fonts the bundled fonts by name ({@code regular}, {@code bold}), at size 1
 * @param elements what is drawn, in order
 * @param fingerprint a hash of the design file, the fonts' bytes and the colours it resolved: part of every card's
 *     cache key
 */
public record CardDesign(Map<String, Font> fonts, List<Element> elements, String fingerprint) {

    /** Every card is this wide and high: the size LinkedIn, X and Facebook show large. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    public CardDesign {
        fonts = Map.copyOf(fonts);
        elements = List.copyOf(elements);
    }

    /** A box of the card, in pixels. */
    public record Box(int x, int y, int width, int height) {
    }

    /** Something drawn on the card. */
    public sealed interface Element permits Rect, LogoBox, TextBox {
        Box box();

        /** The field that must have text for this element to be drawn; empty: always drawn. */
        String onlyIf();
    }

    /** A filled rectangle, corners rounded by {@code radius} pixels. */
    public record Rect(Box box, Color color, int radius, String onlyIf) implements Element {
    }

    /** Where the logo goes: fitted into the box, keeping its proportions, at the box's left. */
    public record LogoBox(Box box, String onlyIf) implements Element {
    }

    /**
     * A field's text, wrapped and shrunk to fit the box ({@link TextFit}).
     *
     * @param font a name of {@link CardDesign#fonts}
     * @param size the size tried first, in pixels
     * @param minSize the smallest size; below it the text is cut with an ellipsis
     * @param lineHeight line distance as a multiple of the size
     * @param maxLines at most this many lines, whatever the box's height allows
     * @param right aligned at the box's right edge
     * @param below a field drawn earlier: when it has text, this box starts {@code gap} pixels under its last line
     *     (and keeps its bottom); empty: the box stays where it is
     */
    public record TextBox(Box box, String field, String font, int size, int minSize, Color color, double lineHeight,
            int maxLines, boolean right, String onlyIf, String below, int gap) implements Element {

        /** This box moved down to start at {@code top}, its bottom unchanged. */
        public TextBox from(int top) {
            int bottom = box.y() + box.height();
            int y = Math.min(Math.max(top, box.y()), bottom);
            return new TextBox(new Box(box.x(), y, box.width(), bottom - y), field, font, size, minSize, color,
                    lineHeight, maxLines, right, onlyIf, below, gap);
        }
    }
}
