package be.storysite.preview;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code storysite serve} runs.
 *
 * @param source the site folder
 * @param output where the preview build is written (not the production output)
 * @param port the port, 0 for a free one
 * @param leadsConfig the lead service's YAML, empty for the embedded defaults (SQLite under {@code var/},
 *                    mail into the Maildir {@code var/mail/})
 */
public record PreviewOptions(Path source, Path output, int port, Optional<Path> leadsConfig) {

    /** The preview of {@code source} into {@code source/target/preview}. */
    public static PreviewOptions of(Path source, int port) {
        Path abs = source.toAbsolutePath().normalize();
        Path config = abs.resolve("leads.yaml");
        return new PreviewOptions(abs, abs.resolve("target/preview"), port,
                java.nio.file.Files.isRegularFile(config) ? Optional.of(config) : Optional.empty());
    }
}
