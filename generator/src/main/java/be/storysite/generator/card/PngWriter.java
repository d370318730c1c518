package be.storysite.generator.card;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes the opaque {@code TYPE_INT_RGB} cards of one design as 8-bit RGB PNGs, fast, because deflate is most of a
 * card's cost:
 * <ul>
 *   <li>every row with filter "Sub" (flat colour becomes runs of zeros) and deflate at its fastest level;
 *       ImageIO's writer tries all five filters on every row;</li>
 *   <li>the image is compressed in bands of {@value #BAND} rows, each an independent run of deflate blocks (no
 *       history, ended by a sync flush, so bands can be joined into one stream); a band whose pixels equal the
 *       design's background ({@code base}: the same on every card, e.g. the margins) is compressed once per build
 *       and its bytes reused. A card's PNG is valid and decodes to exactly its pixels either way.</li>
 * </ul>
 * No ancillary chunks (no time stamp), so the bytes depend only on the pixels. Safe for the render threads.
 *
 * <pre>{@code
 * PngWriter png = new PngWriter(background);
 * byte[] bytes = png.encode(card);
 * }</pre>
 */
final class PngWriter {

    static final int BAND = 16;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** zlib's header: deflate, 32 KiB window, "fastest" (a multiple of 31, as zlib asks). */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    /** A final, empty deflate block (fixed Huffman codes, end of block only): ends the joined bands. */
    private static final byte[] LAST_BLOCK = {0x03, 0x00};

    /** One band compressed: its deflate bytes, the Adler-32 of its raw (filtered) bytes, and their length. */
    private record Band(byte[] deflated, long adler, int rawLength) {
    }

    private final int[] base;
    private final AtomicReferenceArray<Band> baseBands;

    /** @param base the pixels every card starts from (the same size as the cards), or null */
    PngWriter(BufferedImage base) {
        this.base = base == null ? null : pixels(base);
        this.baseBands = new AtomicReferenceArray<>(base == null ? 0 : (base.getHeight() + BAND - 1) / BAND);
    }

    byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("PngWriter encodes TYPE_INT_RGB images only");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = pixels(image);
        boolean sameSize = base != null && base.length == pixels.length;
        try {
            ByteArrayOutputStream data = new ByteArrayOutputStream(96 * 1024);
            data.write(ZLIB_HEADER);
            long adler = 1;
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            deflater.setStrategy(Deflater.FILTERED);
            byte[] raw = new byte[BAND * (1 + width * 3)];
            byte[] out = new byte[raw.length + raw.length / 8 + 1024];
            try {
                for (int band = 0, y = 0; y < height; band++, y += BAND) {
                    int rows = Math.min(BAND, height - y);
                    int from = y * width;
                    int to = from + rows * width;
                    Band b;
                    if (sameSize && Arrays.equals(pixels, from, to, base, from, to)) {
                        b = baseBands.get(band);
                        if (b == null) {
                            b = deflate(pixels, width, y, rows, deflater, raw, out);
                            baseBands.compareAndSet(band, null, b);
                        }
                    } else {
                        b = deflate(pixels, width, y, rows, deflater, raw, out);
                    }
                    data.write(b.deflated());
                    adler = combine(adler, b.adler(), b.rawLength());
                }
            } finally {
                deflater.end();
            }
            data.write(LAST_BLOCK);
            new DataOutputStream(data).writeInt((int) adler);
            ByteArrayOutputStream png = new ByteArrayOutputStream(data.size() + 64);
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filtering, no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", data.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    /** Filters rows {@code y} to {@code y + rows} with Sub and deflates them on their own, ending with a sync flush. */
    private static Band deflate(int[] pixels, int width, int y, int rows, Deflater deflater, byte[] raw, byte[] out) {
        int at = 0;
        for (int r = 0; r < rows; r++) {
            raw[at++] = 1; // Sub: each byte minus the same byte of the pixel to its left
            int prev = 0;
            for (int x = 0, i = (y + r) * width; x < width; x++, i++) {
                int p = pixels[i];
                raw[at++] = (byte) ((p >> 16) - (prev >> 16));
                raw[at++] = (byte) ((p >> 8) - (prev >> 8));
                raw[at++] = (byte) (p - prev);
                prev = p;
            }
        }
        deflater.reset();
        deflater.setInput(raw, 0, at);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(at / 8 + 64);
        int n;
        do {
            n = deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
            bytes.write(out, 0, n);
        } while (n == out.length || !deflater.needsInput());
        Adler32 adler = new Adler32();
        adler.update(raw, 0, at);
        return new Band(bytes.toByteArray(), adler.getValue(), at);
    }

    /** The Adler-32 of two byte runs joined, from theirs (zlib's {@code adler32_combine}). */
    static long combine(long adler1, long adler2, long length2) {
        final long mod = 65521;
        long rem = length2 % mod;
        long sum1 = adler1 & 0xffff;
        long sum2 = (rem * sum1) % mod;
        sum1 += (adler2 & 0xffff) + mod - 1;
        sum2 += ((adler1 >> 16) & 0xffff) + ((adler2 >> 16) & 0xffff) + mod - rem;
        if (sum1 >= mod) {
            sum1 -= mod;
        }
        if (sum1 >= mod) {
            sum1 -= mod;
        }
        if (sum2 >= (mod << 1)) {
            sum2 -= (mod << 1);
        }
        if (sum2 >= mod) {
            sum2 -= mod;
        }
        return sum1 | (sum2 << 16);
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
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
