package be.storysite.generator.incremental;

import be.storysite.core.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The output folder as the incremental build last left it: every file's fingerprint. {@link #apply} writes only
 * the files whose bytes differ, each to a temporary file in its own folder and then renamed over the old one (a
 * reader, such as the preview server, sees the old file or the new one, never half of one), and deletes the files
 * no longer built, with the folders they leave empty.
 *
 * <pre>{@code
 * OutputTree tree = OutputTree.scan(Path.of("target/preview"));
 * OutputTree.Changes c = tree.apply(wanted, rendered.keySet(), rendered::get, writes -> writes.forEach(Runnable::run));
 * }</pre>
 */
final class OutputTree {

    private final Path root;
    private final Map<String, Fingerprint> onDisk;

    private OutputTree(Path root, Map<String, Fingerprint> onDisk) {
        this.root = root;
        this.onDisk = onDisk;
    }

    /** Reads what is in {@code root} now (nothing when it does not exist yet). */
    static OutputTree scan(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        Map<String, Fingerprint> found = new HashMap<>();
        if (Files.isDirectory(absolute)) {
            try (Stream<Path> walk = Files.walk(absolute)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    found.put(absolute.relativize(file).toString().replace('\\', '/'),
                            Fingerprint.of(Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new OutputTree(absolute, found);
    }

    /** Whether {@code file} holds bytes with fingerprint {@code f}, as far as this tree wrote or read them. */
    boolean holds(String file, Fingerprint f) {
        return f.equals(onDisk.get(file));
    }

    /**
     * Makes the folder hold exactly {@code wanted}.
     *
     * @param wanted every file of the build with the fingerprint of its bytes
     * @param given the files of {@code wanted} the build gave bytes for; every other file of {@code wanted} is
     *     one this tree {@link #holds} with its fingerprint (kept, not written again)
     * @param bytes the bytes of a given file whose fingerprint differs from what is on disk
     * @param writer runs the writes of the differing files, possibly at once (each file is written on its own)
     */
    Changes apply(Map<String, Fingerprint> wanted, Collection<String> given, Function<String, byte[]> bytes,
            Consumer<List<Runnable>> writer) {
        // only the given files can differ: a preview update gives a few pages and keeps the other ~2,000, which
        // need no look-up here
        List<String> differing = new ArrayList<>();
        for (String file : given) {
            if (!wanted.get(file).equals(onDisk.get(file))) {
                differing.add(file);
            }
        }
        writer.accept(differing.stream().<Runnable>map(file -> () -> {
            try {
                write(file, bytes.apply(file));
            } catch (IOException e) {
                throw new UncheckedIOException("could not update " + root, e);
            }
        }).toList());
        differing.forEach(file -> onDisk.put(file, wanted.get(file)));
        // the folder now holds every wanted file, so it holds no other when it holds as many
        if (onDisk.size() == wanted.size()) {
            return new Changes(differing.size(), 0);
        }
        int deleted = 0;
        try {
            for (String file : List.copyOf(onDisk.keySet())) {
                if (!wanted.containsKey(file)) {
                    delete(file);
                    onDisk.remove(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not update " + root, e);
        }
        return new Changes(differing.size(), deleted);
    }

    private void write(String relative, byte[] content) throws IOException {
        AtomicFile.write(target(relative), content);
    }

    private void delete(String relative) throws IOException {
        Path target = target(relative);
        Files.deleteIfExists(target);
        for (Path dir = target.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            try (Stream<Path> left = Files.list(dir)) {
                if (left.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(dir);
        }
    }

    private Path target(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("refusing to write outside the output: " + relative);
        }
        return target;
    }

    /** How many files one {@link #apply} wrote and deleted. */
    record Changes(int written, int deleted) {
    }
}
