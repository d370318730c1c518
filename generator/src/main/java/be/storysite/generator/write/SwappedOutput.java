package be.storysite.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the build into a temporary folder next to the output ({@code target/.site.building-<n>}), and only when
 * the build succeeded swaps it with the previous output by renames. A failed build, or one that crashes
 * half-way, never damages the previous output: it only leaves (or removes) its temporary folder.
 *
 * <pre>{@code
 * SwappedOutput out = SwappedOutput.beside(Path.of("target/site"));
 * out.write("index.html", bytes);
 * out.commit();       // target/site now holds exactly this build
 * }</pre>
 */
public final class SwappedOutput implements OutputSink {

    private final Path output;
    private final Path temporary;

    private SwappedOutput(Path output, Path temporary) {
        this.output = output;
        this.temporary = temporary;
    }

    public static SwappedOutput beside(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, absolute.getFileName().toString());
            Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
            return new SwappedOutput(absolute, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the temporary folders of builds that were killed before they could clean up (a crash, Ctrl-C):
     * they are never the output, so they only waste space.
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (var siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                String n = sibling.getFileName().toString();
                if (n.startsWith("." + name + ".building-") || n.startsWith("." + name + ".previous-")) {
                    deleteTree(sibling);
                }
            }
        }
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        Path target = target(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(Path source, String relativePath) {
        Path target = target(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path target(String relativePath) {
        Path target = temporary.resolve(relativePath).normalize();
        if (!target.startsWith(temporary)) {
            throw new IllegalArgumentException("refusing to write outside the output: " + relativePath);
        }
        return target;
    }

    @Override
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".previous-");
                Files.delete(old);
                move(output, old);
            }
            move(temporary, output);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not replace " + output + " with the new build", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void discard() {
        try {
            deleteTree(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        TreeRemover.delete(root);
    }
}
