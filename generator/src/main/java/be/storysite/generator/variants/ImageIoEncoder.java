package be.storysite.generator.variants;

import be.storysite.generator.photo.Variant;
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
 * shimmer), ImageIO writes: WebP through webp-imageio (libwebp, lossy at quality 80), JPEG at quality 82, PNG.
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
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mime);
        if (!writers.hasNext()) {
            throw new IOException("no ImageIO writer for " + mime + " (is webp-imageio on the class path?)");
        }
        ImageWriter writer = writers.next();
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
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
