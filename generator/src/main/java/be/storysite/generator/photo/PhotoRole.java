package be.storysite.generator.photo;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a photo is shown, which decides the widths its variants are made at: a hero spans the content column
 * (up to 800 CSS pixels, so 1600 device pixels on a 2x screen), a portrait is a small round picture beside the quote.
 *
 * <pre>{@code
 * PhotoRole.HERO.widths(1000);   // [480, 800, 1000]: never wider than the source
 * PhotoRole.HERO.widths(300);    // [300]
 * }</pre>
 */
public enum PhotoRole {
    HERO(List.of(480, 800, 1200, 1600)),
    PORTRAIT(List.of(160, 320, 480));

    private final List<Integer> widths;

    PhotoRole(List<Integer> widths) {
        this.widths = widths;
    }

    /**
     * The widths of the variants of a source {@code sourceWidth} pixels wide: the role's widths that do not upscale
     * it, and the source's own width when it lies between two of them (else its detail above the last would be lost).
     */
    public List<Integer> widths(int sourceWidth) {
        List<Integer> fitting = new ArrayList<>(widths.stream().filter(w -> w <= sourceWidth).toList());
        if (fitting.isEmpty() || sourceWidth < widths.get(widths.size() - 1)
                && fitting.get(fitting.size() - 1) != sourceWidth) {
            fitting.add(sourceWidth);
        }
        return List.copyOf(fitting);
    }
}
