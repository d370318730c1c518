package be.storysite.generator.variants;

import be.storysite.generator.photo.Variant;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Makes one variant's bytes from the decoded source photo.
 *
 * <pre>{@code
 * byte[] webp = new ImageIoEncoder().encode(decoded, variant);   // variant.width() wide, in variant.format()
 * }</pre>
 */
@FunctionalInterface
public interface Encoder {

    byte[] encode(BufferedImage source, Variant variant) throws IOException;
}
