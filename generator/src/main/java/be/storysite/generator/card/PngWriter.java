package be.storysite.generator.card;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes an opaque {@code TYPE_INT_RGB} image as an 8-bit RGB PNG, fast: every row with filter "Sub" (a card is
 * mostly flat colour, which Sub turns into runs of zeros) and deflate at its fastest level. ImageIO's PNG writer
 * tries all five filters on every row and took most of a card's time; its files were not smaller enough to matter
 * for a share image (a card is 30-60 KB either way). No ancillary chunks (no time stamp), so the bytes depend only
 * on the pixels.
 *
 * <pre>{@code
 * byte[] png = PngWriter.encode(card);
 * }</pre>
 */
final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngWriter() {
    }

    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("PngWriter encodes TYPE_INT_RGB images only");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filtering, no interlace
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream(48 * 1024);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
                byte[] row = new byte[1 + width * 3];
                row[0] = 1; // Sub: each byte minus the same byte of the pixel to its left
                for (int y = 0; y < height; y++) {
                    int prev = 0;
                    int at = 1;
                    for (int x = 0, i = y * width; x < width; x++, i++) {
                        int p = pixels[i];
                        row[at++] = (byte) ((p >> 16) - (prev >> 16));
                        row[at++] = (byte) ((p >> 8) - (prev >> 8));
                        row[at++] = (byte) (p - prev);
                        prev = p;
                    }
                    z.write(row);
                }
            } finally {
                deflater.end();
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(body.length);
        d.write(name);
        d.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        d.writeInt((int) crc.getValue());
    }
}
