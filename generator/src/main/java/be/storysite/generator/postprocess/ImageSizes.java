package be.storysite.generator.postprocess;

import be.storysite.generator.photo.Upright;
import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the size of PNG, JPEG and GIF files as a browser shows them (from their headers, through ImageIO, without
 * decoding the pixels; a JPEG whose EXIF orientation turns it a quarter has its sides swapped), WebP (from its RIFF
 * header: ImageIO has no WebP reader) and SVG (its {@code width}/{@code height}, else its {@code viewBox}). Each
 * file is read once per build.
 *
 * <pre>{@code
 * new ImageSizes().of(Path.of("assets/images/logo.png"));   // Optional[ImageSize[width=240, height=80]]
 * }</pre>
 */
public final class ImageSizes {

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*$");

    private final Map<Path, Optional<ImageSize>> cache = new ConcurrentHashMap<>();

    /** The size, or empty when the file is no image we can read (its dimensions are then left out). */
    public Optional<ImageSize> of(Path file) {
        return cache.computeIfAbsent(file, ImageSizes::read);
    }

    private static Optional<ImageSize> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return svg(Files.readString(file, StandardCharsets.UTF_8));
            }
            if (name.endsWith(".webp")) {
                return webp(file);
            }
            return raster(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                // with its metadata: a phone's JPEG stored sideways says so in EXIF, and browsers show it turned
                reader.setInput(in, true, false);
                Dimension shown = Upright.shownSize(reader);
                return Optional.of(new ImageSize(shown.width, shown.height));
            } finally {
                reader.dispose();
            }
        }
    }

    /** WebP: "RIFF" size "WEBP", then a VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk. */
    static Optional<ImageSize> webp(Path file) throws IOException {
        byte[] header = new byte[30];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, 30) < 30) {
                return Optional.empty();
            }
        }
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (!ascii(header, 0, "RIFF") || !ascii(header, 8, "WEBP")) {
            return Optional.empty();
        }
        if (ascii(header, 12, "VP8 ")) {
            return Optional.of(new ImageSize(b.getShort(26) & 0x3FFF, b.getShort(28) & 0x3FFF));
        }
        if (ascii(header, 12, "VP8L")) {
            int bits = b.getInt(21);
            return Optional.of(new ImageSize((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1));
        }
        if (ascii(header, 12, "VP8X")) {
            int width = (header[24] & 0xFF) | (header[25] & 0xFF) << 8 | (header[26] & 0xFF) << 16;
            int height = (header[27] & 0xFF) | (header[28] & 0xFF) << 8 | (header[29] & 0xFF) << 16;
            return Optional.of(new ImageSize(width + 1, height + 1));
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII).equals(text);
    }

    static Optional<ImageSize> svg(String text) {
        Matcher tag = SVG_TAG.matcher(text);
        if (!tag.find()) {
            return Optional.empty();
        }
        String svg = tag.group();
        Optional<Double> width = attribute(svg, "width").flatMap(ImageSizes::pixels);
        Optional<Double> height = attribute(svg, "height").flatMap(ImageSizes::pixels);
        if (width.isPresent() && height.isPresent()) {
            return Optional.of(new ImageSize((int) Math.round(width.get()), (int) Math.round(height.get())));
        }
        return attribute(svg, "viewBox").flatMap(box -> {
            String[] parts = box.trim().split("[\\s,]+");
            if (parts.length != 4) {
                return Optional.empty();
            }
            try {
                return Optional.of(new ImageSize((int) Math.round(Double.parseDouble(parts[2])),
                        (int) Math.round(Double.parseDouble(parts[3]))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*([\"'])(.*?)\\1").matcher(tag);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** {@code 120} and {@code 120px} are pixels; {@code 100%} or {@code 10em} say nothing about the size. */
    private static Optional<Double> pixels(String value) {
        Matcher m = NUMBER.matcher(value);
        return m.matches() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }
}
