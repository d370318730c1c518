package be.storysite.generator.cache;

import be.storysite.core.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Files the build derives from its inputs at some cost (share cards drawn, image variants encoded), kept between
 * builds under the hash of everything that went into them: an unchanged input is read back, not drawn again. The
 * cache lives beside the output ({@code target/site} → {@code target/.site.cache/}), so deleting {@code target/}
 * clears it, and a failed build never leaves a half-written entry (each is written to a temporary file and moved).
 *
 * <pre>{@code
 * DerivedFiles cache = DerivedFiles.beside(Path.of("target/site"));
 * String key = DerivedFiles.key("card-v1", quote, person, logoBytes);
 * byte[] png = cache.get("cards", key, "png", () -> drawCard(quote, person, logo));
 * }</pre>
 *
 * Safe to call from all render threads: two threads deriving the same key write the same bytes.
 */
public final class DerivedFiles {

    /** Producer of a derived file's bytes, called only when the cache does not hold them. */
    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws IOException;
    }

    private static final Pattern SAFE = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,64}");

    private final Path root;

    /** @param root the cache folder; created on the first write */
    public DerivedFiles(Path root) {
        this.root = root;
    }

    /** The cache for a build writing into {@code output}: {@code .<name>.cache} in the same parent folder. */
    public static DerivedFiles beside(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return new DerivedFiles(out.resolveSibling("." + out.getFileName() + ".cache"));
    }

    /**
     * The key of a derived file: SHA-256 over its inputs in order, each length-prefixed so that
     * {@code ("ab", "c")} and {@code ("a", "bc")} differ. Pass a version string first and change it when the
     * drawing or encoding code changes. Inputs are {@code String}s, {@code byte[]}s or anything whose
     * {@code toString()} is a faithful value (numbers, records of those).
     */
    public static String key(Object... inputs) {
        MessageDigest sha = sha256();
        for (Object input : inputs) {
            byte[] bytes = input instanceof byte[] b ? b : String.valueOf(input).getBytes(StandardCharsets.UTF_8);
            sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8), (byte) bytes.length});
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 20);
    }

    /**
     * The bytes cached under {@code kind/key.ext}, or those {@code producer} makes (then stored).
     *
     * @param kind a folder per kind of file, e.g. {@code cards}
     * @param key from {@link #key}
     * @param ext the file extension, e.g. {@code png}
     */
    public byte[] get(String kind, String key, String ext, Producer producer) {
        Path file = path(kind, key, ext);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            byte[] bytes = producer.produce();
            AtomicFile.write(file, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("derived file cache " + file, e);
        }
    }

    /** Where {@code kind/key.ext} is (or would be) stored. */
    public Path path(String kind, String key, String ext) {
        if (!SAFE.matcher(kind).matches() || !KEY.matcher(key).matches() || !SAFE.matcher(ext).matches()) {
            throw new IllegalArgumentException("cache entry " + kind + "/" + key + "." + ext);
        }
        return root.resolve(kind).resolve(key + "." + ext);
    }

    /** The cache folder. */
    public Path root() {
        return root;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
