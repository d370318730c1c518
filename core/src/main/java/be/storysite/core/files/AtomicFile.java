package be.storysite.core.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a reader never sees it half-written: the bytes go to a temporary file in the same folder,
 * which is then moved over the target (atomically where the file system can). A failure leaves the target as it
 * was and no temporary file behind.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("target/.site.cache/cards/3f2a....png"), png);
 * }</pre>
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Writes {@code bytes} to {@code target}, creating its folders. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
