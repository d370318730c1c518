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
 * PackedText.plain("kort").equals(PackedText.of("kort"));   // true: held either way, the same text
 * }</pre>
 *
 * <p>Packing pays only for large sites: deflating every file at {@code load} and its body's HTML at {@code parse},
 * then inflating both again, cost about 0.3 ms of CPU per content file, a tenth of a 1,000-story build's per-page
 * work, to save memory such a build has plenty of. So a build packs only from {@link #PACK_FROM_FILES} content
 * files on ({@link #worthPacking}); below, its texts are held {@link #plain} and the rest of the build cannot tell.
 */
public final class PackedText {

    /** The empty text (many pages have no body). */
    public static final PackedText EMPTY = of("");

    /**
     * A text that is no longer held (the model's source files: see {@code SourceFile.withoutText()}); asking for
     * it is a mistake of the code, not of the input.
     */
    public static final PackedText DROPPED = new PackedText(new byte[0], -1, 0);

    /**
     * From how many content files a build holds its texts packed. Below it a whole site's texts as strings take
     * at most a few hundred MB (about 31 KB per story, see docs/generator.md "Memory at scale"); the 10,000 and
     * 100,000 stories of {@code benchmarks/scale.sh} stay packed, as they were measured.
     */
    public static final int PACK_FROM_FILES = 5_000;

    /** The text itself, for one held {@link #plain}; null when it is packed. */
    private final String plain;
    private final byte[] packed;
    /** The length of the UTF-8 bytes, to unpack into an array of the right size at once. */
    private final int length;
    private final int hash;

    private PackedText(byte[] packed, int length, int hash) {
        this.plain = null;
        this.packed = packed;
        this.length = length;
        this.hash = hash;
    }

    private PackedText(String plain) {
        this.plain = plain;
        this.packed = null;
        this.length = plain.length();
        this.hash = plain.hashCode();
    }

    /** Whether a build of {@code contentFiles} content files should hold their texts packed. */
    public static boolean worthPacking(int contentFiles) {
        return contentFiles >= PACK_FROM_FILES;
    }

    /** {@code text} as it is, not packed: for a build below {@link #PACK_FROM_FILES} files. */
    public static PackedText plain(String text) {
        return new PackedText(text);
    }

    /** {@code text} packed if {@code pack}, else {@link #plain}. */
    public static PackedText of(String text, boolean pack) {
        return pack ? of(text) : plain(text);
    }

    /** {@code other} held the way this text is (packed or plain): a body's HTML the way its file was. */
    public PackedText like(String other) {
        return of(other, plain == null);
    }

    /** {@code text} packed. */
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
        if (plain != null) {
            return plain;
        }
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

    /**
     * Equal texts: deflating the same bytes at the same level gives the same bytes, and it loses nothing. A plain
     * and a packed text (a build that crossed {@link #PACK_FROM_FILES}) compare by their text.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PackedText p) || p.hash != hash) {
            return false;
        }
        if (plain != null || p.plain != null) {
            return length >= 0 && p.length >= 0 && text().equals(p.text());
        }
        return p.length == length && Arrays.equals(p.packed, packed);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return plain != null ? "PackedText[" + length + " chars, plain]"
                : length < 0 ? "PackedText[dropped]" : "PackedText[" + length + " bytes, " + packed.length + " packed]";
    }
}
