package be.storysite.generator.photo;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.cache.DerivedFiles;
import be.storysite.generator.schema.Fields;
import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Checks a photo named in front matter and plans its variants, reading only the file's header: a missing file, a
 * file that is no image, not a JPEG or PNG, damaged, or over the limits ({@value #MAX_BYTES} bytes,
 * {@value #MAX_PIXELS} pixels) is an error at the field. The pixel limit is checked on the dimensions the header
 * declares, before anything is decoded, so a small file that would decode to gigabytes (a "decompression bomb")
 * never is.
 *
 * <pre>{@code
 * Optional<Photo> hero = new PhotoProbe(assetsDir).probe(fields, "hero", PhotoRole.HERO, problems);
 * }</pre>
 *
 * <p>Stateless apart from the assets folder: one instance serves all threads.
 */
public final class PhotoProbe {

    /** 20 MiB: a camera's JPEG is 5-15 MB; more is a TIFF in disguise or a mistake. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** 40 megapixels (e.g. 7,744 × 5,163): decoded, 160 MB of memory per photo being encoded. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Change when the encoder or its settings change: every cached variant is then made again. */
    static final String ENCODING = "photo-v3 exif-upright webp-lossy-q80-m2 jpeg-q82 png thumbnailator-0.4";

    private final Path assetsDir;

    public PhotoProbe(Path assetsDir) {
        this.assetsDir = assetsDir;
    }

    /**
     * The photo named by {@code field}, with its alternative text from {@code field + "_alt"}; empty when the field
     * is absent or in error (then {@code problems} says why).
     */
    public Optional<Photo> probe(Fields f, String field, PhotoRole role, Diagnostics problems) {
        Optional<String> value = f.text(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        SourcePosition at = f.position(field);
        String relative = AssetPaths.relative(value.get());
        String shown = "assets/" + relative;
        Path file = assetsDir.resolve(relative).normalize();
        if (!file.startsWith(assetsDir.normalize()) || !Files.isRegularFile(file)) {
            problems.error(at, "'" + field + "' names a missing image: " + shown,
                    "put the file there, or correct the path (it is relative to assets/)");
            return Optional.empty();
        }
        Optional<String> alt = f.text(field + "_alt").map(String::strip).filter(a -> !a.isEmpty());
        if (alt.isEmpty()) {
            problems.error(at, "'" + field + "' needs '" + field + "_alt': what the photo shows, for readers who "
                    + "cannot see it, in the page's language",
                    "add a line such as  " + field + "_alt: \"Het gemeentehuis van Lindebeek bij zonsopgang\"");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(at, String.format(Locale.ROOT, "'%s' names an image of %.1f MB, more than the %d MB "
                        + "a photo may have: %s", field, size / 1048576.0, MAX_BYTES / 1048576, shown),
                        "save it smaller: a 2,000-pixel-wide JPEG at quality 85 is well under 1 MB, and the build "
                                + "makes the sizes pages need");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<Header> header = header(bytes, field, shown, at, problems);
            if (header.isEmpty() || alt.isEmpty()) {
                return Optional.empty();
            }
            Header h = header.get();
            String sitePath = "/assets/" + relative;
            return Optional.of(new Photo(field, sitePath, file, alt.get(), h.width(), h.height(), h.format(), at,
                    variants(sitePath, h, DerivedFiles.key(bytes), role)));
        } catch (IOException e) {
            problems.error(at, "'" + field + "' names an image that cannot be read: " + shown + ": " + e.getMessage(),
                    "check that the file is readable");
            return Optional.empty();
        }
    }

    private record Header(String format, int width, int height) {
    }

    /** The format and dimensions from the header, or an error: nothing is decoded. */
    private static Optional<Header> header(byte[] bytes, String field, String shown, SourcePosition at,
            Diagnostics problems) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                problems.error(at, "'" + field + "' names a file that is not an image: " + shown,
                        "save the photo as JPEG (or PNG) and name that file");
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                format = format.equals("jpg") ? "jpeg" : format;
                if (!format.equals("jpeg") && !format.equals("png")) {
                    problems.error(at, "'" + field + "' must be a JPEG or PNG photo, and " + shown + " is "
                            + format.toUpperCase(Locale.ROOT), "save it as JPEG (a photo) or PNG (a drawing)");
                    return Optional.empty();
                }
                reader.setInput(in, true, false);
                Dimension size = Upright.shownSize(reader);
                int width = size.width;
                int height = size.height;
                if ((long) width * height > MAX_PIXELS) {
                    problems.error(at, String.format(Locale.ROOT, "'%s' names an image of %d × %d pixels (%.1f "
                            + "megapixels), more than the %d megapixels a photo may have: %s", field, width, height,
                            (long) width * height / 1e6, MAX_PIXELS / 1_000_000, shown),
                            "scale it down to at most 4,000 pixels wide: pages show it at most 1,600 pixels wide");
                    return Optional.empty();
                }
                if (width <= 0 || height <= 0) {
                    throw new IOException("no pixels");
                }
                return Optional.of(new Header(format, width, height));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            problems.error(at, "'" + field + "' names a damaged image: " + shown + " (" + e.getMessage() + ")",
                    "open it in an image editor and save it again as JPEG or PNG");
            return Optional.empty();
        }
    }

    /** Each width in WebP, then each in the source's format; named after the source, content-hashed. */
    private static List<Variant> variants(String sitePath, Header h, String sourceHash, PhotoRole role) {
        int dot = sitePath.lastIndexOf('.');
        String stem = dot > sitePath.lastIndexOf('/') ? sitePath.substring(0, dot) : sitePath;
        List<Variant> variants = new ArrayList<>();
        for (String format : List.of("webp", h.format())) {
            for (int width : role.widths(h.width())) {
                int height = Math.max(1, (int) Math.round((double) h.height() * width / h.width()));
                String key = DerivedFiles.key(ENCODING, sourceHash, width, height, format);
                Variant v = new Variant("", width, height, format, key);
                variants.add(new Variant(stem + "-" + width + "." + key.substring(0, 10) + "." + v.extension(),
                        width, height, format, key));
            }
        }
        return variants;
    }
}
