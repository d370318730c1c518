package be.storysite.generator.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws one share card: the design's elements in order, with the card's texts fitted into their boxes
 * ({@link TextFit}) and its logo (already drawn at the box's size by {@link Logos}) stamped in. The design's
 * leading rectangles that every card has (no {@code if}) are drawn once, as the {@link #background()} each card
 * starts from.
 *
 * <pre>{@code
 * CardPainter painter = new CardPainter(design);
 * BufferedImage card = painter.paint(text, Optional.of(logo.image()));
 * }</pre>
 */
final class CardPainter {

    private final CardDesign design;
    /** How many of the design's elements the background holds. */
    private final int drawnOnce;
    private final BufferedImage background;

    CardPainter(CardDesign design) {
        this.design = design;
        int n = 0;
        while (n < design.elements().size() && design.elements().get(n) instanceof CardDesign.Rect r
                && r.onlyIf().isEmpty()) {
            n++;
        }
        this.drawnOnce = n;
        this.background = new BufferedImage(CardDesign.WIDTH, CardDesign.HEIGHT, BufferedImage.TYPE_INT_RGB);
        draw(background, design.elements().subList(0, n), new CardText(Map.of(), Optional.empty()),
                Optional.empty());
    }

    /** What every card of this design starts from. Not to be drawn on. */
    BufferedImage background() {
        return background;
    }

    BufferedImage paint(CardText text, Optional<BufferedImage> logo) {
        BufferedImage card = new BufferedImage(CardDesign.WIDTH, CardDesign.HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] from = ((DataBufferInt) background.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) card.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, to, 0, from.length);
        draw(card, design.elements().subList(drawnOnce, design.elements().size()), text, logo);
        return card;
    }

    private void draw(BufferedImage card, List<CardDesign.Element> elements, CardText text,
            Optional<BufferedImage> logo) {
        Graphics2D g = card.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Map<String, Integer> bottoms = new HashMap<>();
            for (CardDesign.Element element : elements) {
                CardDesign.Box box = element.box();
                if (!element.onlyIf().isEmpty() && text.field(element.onlyIf()).isBlank()) {
                    continue;
                }
                if (element instanceof CardDesign.Rect r) {
                    g.setColor(r.color());
                    if (r.radius() > 0) {
                        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 2 * r.radius(), 2 * r.radius());
                    } else {
                        g.fillRect(box.x(), box.y(), box.width(), box.height());
                    }
                } else if (element instanceof CardDesign.LogoBox) {
                    logo.ifPresent(image -> g.drawImage(image, box.x(), box.y(), null));
                } else if (element instanceof CardDesign.TextBox t) {
                    CardDesign.TextBox placed = bottoms.containsKey(t.below()) ? t.from(bottoms.get(t.below()) + t.gap())
                            : t;
                    text(g, placed, text.field(t.field())).ifPresent(bottom -> bottoms.put(t.field(), bottom));
                }
            }
        } finally {
            g.dispose();
        }
    }

    /** Draws the text; the bottom of its last line (baseline plus descent), if it drew any. */
    private Optional<Integer> text(Graphics2D g, CardDesign.TextBox box, String value) {
        if (value.isBlank() || box.box().height() == 0) {
            return Optional.empty();
        }
        TextFit.Fitted fitted = TextFit.fit(design.fonts().get(box.font()), value, box);
        g.setFont(fitted.font());
        g.setColor(box.color());
        float baseline = box.box().y() + fitted.size() * 0.95f; // the ascent of the fonts in use, about
        for (String line : fitted.lines()) {
            float x = box.box().x();
            if (box.right()) {
                x += (float) (box.box().width() - TextFit.width(fitted.font(), line));
            }
            g.drawString(line, x, baseline);
            baseline += fitted.lineHeight();
        }
        return Optional.of(Math.round(baseline - fitted.lineHeight() + fitted.size() * 0.25f));
    }
}
