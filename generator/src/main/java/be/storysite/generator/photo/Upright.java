package be.storysite.generator.photo;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageReader;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * A photo as its camera meant it to be seen. A phone stores a portrait photo as landscape pixels plus an EXIF
 * {@code Orientation} tag. A browser follows the tag, but the variants are encoded anew (WebP, JPEG) without it,
 * so a variant must be turned upright before it is scaled, and its width and height are the turned ones.
 * Thumbnailator reads the tag and turns the pixels.
 *
 * <pre>{@code
 * Optional<Orientation> turn = Upright.orientation(reader);       // reader's input set with metadata
 * Dimension size = Upright.shownSize(reader);                    // width and height as shown
 * BufferedImage shown = Upright.turn(reader.read(0), turn);
 * }</pre>
 */
public final class Upright {

    private static final Set<Orientation> QUARTER_TURNS = EnumSet.of(Orientation.LEFT_TOP, Orientation.RIGHT_TOP,
            Orientation.RIGHT_BOTTOM, Orientation.LEFT_BOTTOM);

    private Upright() {
    }

    /**
     * The EXIF orientation of the reader's first image when it is not the stored one; empty for a PNG, a JPEG
     * without EXIF or with an unreadable tag (then the stored pixels are shown, as a browser would).
     */
    public static Optional<Orientation> orientation(ImageReader reader) {
        try {
            Orientation o = ExifUtils.getExifOrientation(reader, 0);
            return o == null || o == Orientation.TOP_LEFT ? Optional.empty() : Optional.of(o);
        } catch (IOException | RuntimeException damagedExif) {
            return Optional.empty();
        }
    }

    /** Whether the upright image is the stored one turned a quarter: its width is the stored height. */
    public static boolean swapsSides(Optional<Orientation> orientation) {
        return orientation.map(QUARTER_TURNS::contains).orElse(false);
    }

    /**
     * The width and height of the reader's first image as it is shown: the stored ones, swapped when the EXIF
     * orientation turns it a quarter ({@code reader}'s input set with metadata).
     */
    public static Dimension shownSize(ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        return swapsSides(orientation(reader)) ? new Dimension(height, width) : new Dimension(width, height);
    }

    /** The image turned (and mirrored) upright. */
    public static BufferedImage turn(BufferedImage stored, Optional<Orientation> orientation) {
        return orientation.map(o -> ExifFilterUtils.getFilterForOrientation(o).apply(stored)).orElse(stored);
    }
}
