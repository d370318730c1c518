package be.storysite.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder's files as relative path to size and SHA-256, so two trees compare with one {@code isEqualTo} and a
 * failure names exactly the files that are missing, extra or different.
 *
 * <pre>{@code
 * assertThat(FileTree.of(deployed)).isEqualTo(FileTree.of(built));
 * // {"index.html" -> "5123 3f2a...", "assets/site.4f1c.css" -> "...", ...}
 * }</pre>
 */
final class FileTree {

    private FileTree() {
    }

    static SortedMap<String, String> of(Path root) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(
                    root.relativize(file).toString().replace('\\', '/'), sizeAndDigest(file)));
        }
        return files;
    }

    private static String sizeAndDigest(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
