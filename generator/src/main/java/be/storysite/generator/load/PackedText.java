package be.storysite.generator.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A text held deflated (UTF-8, zlib's fastest level), unpacked each time it is asked for. A build holds every
 * content file's text from {@code load} to the end of {@code parse}, and every body's HTML until its page is
 * rendered: as {@code String}s that was about 31 KB per story at 10,000 stories (a story with one non-Latin-1
 * character, an em dash, is stored two bytes per character), so 100,000 stories needed more than 3 GB. Packed
 * they take a few KB; packing costs about a microsecond per KB, unpacking less.
 *
 * <pre>{@code
 * PackedText packed = PackedText.of("Binnen drie dagen werkte iedereen thuis — dankzij de cloud.");
 * packed.text();                 // the same string again
 * packed.equals(PackedText.of(packed.text()));   // true: equal texts pack to equal bytes
 * }</pre>
 */
public final class PackedText {

    /** The empty text (many pages have no body). */
    public static final PackedText EMPTY = of("");

    /**
     * A text that is no longer held (the model's source files: see {@code SourceFile.withoutText()}); asking for
     * it is a mistake of the code, not of the input.
     */
    public static final PackedText DROPPED = new PackedText(new byte[0], -1, 0);

    private final byte[] packed;
    /** The length of the UTF-8 bytes, to unpack into an array of the right size at once. */
    private final int length;
    private final int hash;

    private PackedText(byte[] packed, int length, int hash) {
        this.packed = packed;
        this.length = length;
        this.hash = hash;
    }

    public static PackedText of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            byte[] out = new byte[utf8.length / 2 + 64];
            int size = 0;
            while (!deflater.finished()) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                size += deflater.deflate(out, size, out.length - size);
            }
            return new PackedText(Arrays.copyOf(out, size), utf8.length, text.hashCode());
        } finally {
            deflater.end(); // its native buffers, rather than at some later collection
        }
    }

    /** The text, unpacked anew (callers keep it only as long as they need it). */
    public String text() {
        if (length < 0) {
            throw new IllegalStateException("the text was dropped after parsing; read the file again");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            byte[] utf8 = new byte[length];
            int size = 0;
            while (size < length && !inflater.finished()) {
                int n = inflater.inflate(utf8, size, length - size);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                size += n;
            }
            if (size != length) {
                throw new IllegalStateException("packed text is damaged: " + size + " of " + length + " bytes");
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed text is damaged", e);
        } finally {
            inflater.end();
        }
    }

    /** Whether the text is empty, without unpacking it. */
    public boolean isEmpty() {
        return length <= 0;
    }

    /** Equal texts: deflating the same bytes at the same level gives the same bytes, and it loses nothing. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PackedText p && p.length == length && p.hash == hash
                && Arrays.equals(p.packed, packed);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return length < 0 ? "PackedText[dropped]" : "PackedText[" + length + " bytes, " + packed.length + " packed]";
    }
}
