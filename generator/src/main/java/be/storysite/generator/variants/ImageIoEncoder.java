package be.storysite.generator.variants;

import be.storysite.generator.photo.Variant;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The build's {@link Encoder}: Thumbnailator scales (in steps, so a 4,000-pixel photo made 480 wide does not
 * shimmer), ImageIO writes: WebP through webp-imageio (libwebp, lossy at quality 80, effort 2), JPEG at quality 82, PNG.
 * The settings are part of the cache key ({@code PhotoProbe.ENCODING}): change both together.
 *
 * <pre>{@code
 * byte[] jpeg = new ImageIoEncoder().encode(decoded, variant);
 * }</pre>
 *
 * <p>Stateless: one instance serves all threads; each call takes its own ImageIO writer.
 */
public final class ImageIoEncoder implements Encoder {

    private static final float WEBP_QUALITY = 0.80f;
    private static final float JPEG_QUALITY = 0.82f;
    /**
     * libwebp's effort (0-6, its default 4). Measured on the example hero (1600 x 900, one thread): 139-175 ms at 4,
     * 52-54 ms at 2, for 3 % more bytes; encoding is most of a cold build with photos, so 2.
     */
    private static final int WEBP_METHOD = 2;

    @Override
    public byte[] encode(BufferedImage source, Variant variant) throws IOException {
        boolean opaque = !variant.format().equals("png") && !variant.format().equals("webp");
        BufferedImage scaled = Thumbnails.of(source).forceSize(variant.width(), variant.height())
                .imageType(opaque || !source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_RGB
                        : BufferedImage.TYPE_INT_ARGB)
                .asBufferedImage();
        return switch (variant.format()) {
            case "webp" -> write(scaled, "image/webp", WEBP_QUALITY, "Lossy");
            case "jpeg" -> write(scaled, "image/jpeg", JPEG_QUALITY, null);
            case "png" -> write(scaled, "image/png", -1, null);
            default -> throw new IOException("no encoder for " + variant.format());
        };
    }

    private static byte[] write(BufferedImage image, String mime, float quality, String compressionType)
            throws IOException {
        ImageWriter writer = writer(mime);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality >= 0 && param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (compressionType != null) {
                    param.setCompressionType(compressionType);
                }
                param.setCompressionQuality(quality);
            }
            if (param instanceof WebPWriteParam webp) {
                webp.setMethod(WEBP_METHOD);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * WebP's writer is made from its provider class, not looked up: ImageIO's registry finds plugins through the
     * context class loader of the thread that first used ImageIO, which inside the Maven plugin (or any embedding
     * application) is not the one that loaded webp-imageio, and then found no WebP writer at all.
     */
    private static ImageWriter writer(String mime) throws IOException {
        if (mime.equals("image/webp")) {
            return new WebPImageWriterSpi().createWriterInstance();
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mime);
        if (!writers.hasNext()) {
            throw new IOException("no ImageIO writer for " + mime);
        }
        return writers.next();
    }
}
