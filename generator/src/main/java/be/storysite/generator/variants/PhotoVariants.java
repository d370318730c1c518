package be.storysite.generator.variants;

import be.storysite.generator.cache.DerivedFiles;
import be.storysite.generator.photo.Photo;
import be.storysite.generator.photo.Upright;
import be.storysite.generator.photo.Variant;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * The variant files of a photo, through the {@link DerivedFiles} cache: a variant whose key (source bytes, width,
 * format, encoder settings) was made before is read back; the source is decoded only when one is missing, and
 * then once for all of them.
 *
 * <pre>{@code
 * Map<Variant, byte[]> files = new PhotoVariants(DerivedFiles.beside(output), new ImageIoEncoder()).of(photo);
 * }</pre>
 */
public final class PhotoVariants {

    /** The cache folder of photo variants. */
    public static final String KIND = "photos";

    private final DerivedFiles cache;
    private final Encoder encoder;

    public PhotoVariants(DerivedFiles cache, Encoder encoder) {
        this.cache = cache;
        this.encoder = encoder;
    }

    /**
     * Every variant's bytes, in the photo's order.
     *
     * @throws UndecodablePhoto when the source cannot be decoded (its header was fine: the data after it is not)
     * @throws IOException when a variant cannot be encoded or stored in the cache
     */
    public Map<Variant, byte[]> of(Photo photo) throws IOException {
        BufferedImage[] decoded = new BufferedImage[1];
        Map<Variant, byte[]> files = new LinkedHashMap<>();
        try {
            for (Variant v : photo.variants()) {
                files.put(v, cache.get(KIND, v.key(), v.extension(), () -> {
                    if (decoded[0] == null) {
                        decoded[0] = decode(photo);
                    }
                    return encoder.encode(decoded[0], v);
                }));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** The cache folder, for messages. */
    public java.nio.file.Path cacheRoot() {
        return cache.root();
    }

    /** The cached file of {@code variant} (there once {@link #of} returned). */
    public java.nio.file.Path file(Variant variant) {
        return cache.path(KIND, variant.key(), variant.extension());
    }

    private static BufferedImage decode(Photo photo) throws UndecodablePhoto {
        if (!Files.isRegularFile(photo.file())) {
            throw new UndecodablePhoto("the file is gone", null);
        }
        try (ImageInputStream in = new FileImageInputStream(photo.file().toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UndecodablePhoto("no longer an image", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                return Upright.turn(reader.read(0), Upright.orientation(reader));
            } finally {
                reader.dispose();
            }
        } catch (UndecodablePhoto e) {
            throw e;
        } catch (IOException e) {
            throw new UndecodablePhoto(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UndecodablePhoto(e.toString(), e); // ImageIO's decoders throw runtime exceptions on some damage
        }
    }
}
