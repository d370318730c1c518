package be.storysite.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes the build into a folder next to the output, and only when the build succeeded swaps the two by renames.
 * A failed build, or one that crashes half-way, never damages the previous output.
 *
 * <p>The folder written into is the spare one, {@code target/.site.spare}: the output of the build before the
 * previous one. Its files are overwritten in place, and before the swap the files this build did not write are
 * removed, so the swapped-in folder holds exactly this build; the replaced output becomes the next spare. Why:
 * creating every file of a large site anew and deleting the previous output file by file cost more than a tenth of
 * a build (7,000 pages: about 1.7 s of 14), overwriting costs a fraction of that. The price is the disk space of a
 * second copy of the site, hidden beside it.
 *
 * <pre>{@code
 * SwappedOutput out = SwappedOutput.beside(Path.of("target/site"));
 * out.write("index.html", bytes);
 * out.commit();       // target/site now holds exactly this build; target/.site.spare the one before
 * }</pre>
 */
public final class SwappedOutput implements OutputSink {

    private final Path output;
    private final Path spare;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private SwappedOutput(Path output, Path spare) {
        this.output = output;
        this.spare = spare;
    }

    public static SwappedOutput beside(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, name);
            Path spare = parent.resolve("." + name + ".spare");
            if (Files.exists(spare, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(spare);
            }
            Files.createDirectories(spare);
            return new SwappedOutput(absolute, spare);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes what builds killed before they could clean up (a crash, Ctrl-C) left beside the output, and the
     * folders of earlier versions ({@code .building-}, {@code .previous-}): they are never the output.
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (var siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                String n = sibling.getFileName().toString();
                if (n.startsWith("." + name + ".building-") || n.startsWith("." + name + ".previous-")
                        || n.startsWith("." + name + ".swapping-")) {
                    TreeRemover.delete(sibling);
                }
            }
        }
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        put(relativePath, target -> overwrite(target, bytes));
    }

    @Override
    public void copy(Path source, String relativePath) {
        put(relativePath, target -> overwrite(target, source));
    }

    /**
     * Writes {@code bytes} over the old file, then cuts off what is left of it. Not {@code Files.write}, which
     * truncates the old file to nothing first: ext4 (mount option {@code auto_da_alloc}, on by default) flushes a
     * file truncated to zero and written again to the disk when it is closed, to protect programs that rewrite a
     * file in place, so every page waited for the disk (119 pages: ~100 ms of a bare build's 0.7 s, see
     * docs/generator.md "Start-up"). A longer old file is shortened to the new length, never to zero.
     */
    static void overwrite(Path target, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.truncate(bytes.length);
        }
    }

    /** {@link #overwrite(Path, byte[])} with a file's bytes, copied by the kernel (a photo is not read into memory). */
    static void overwrite(Path target, Path source) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
            long size = in.size();
            long copied = 0;
            while (copied < size) {
                long n = out.transferFrom(in, copied, size - copied);
                if (n <= 0) {
                    break; // the source became shorter while it was copied
                }
                copied += n;
            }
            out.truncate(copied);
        }
    }

    private interface Writing {
        void to(Path target) throws IOException;
    }

    private void put(String relativePath, Writing writing) {
        Path target = spare.resolve(relativePath).normalize();
        if (!target.startsWith(spare) || target.equals(spare)) {
            throw new IllegalArgumentException("refusing to write outside the output: " + relativePath);
        }
        written.add(spare.relativize(target).toString());
        try {
            try {
                Files.createDirectories(target.getParent());
                writing.to(target);
            } catch (FileSystemException e) { // a file where a folder goes, a folder where a file goes
                clearWay(target);
                Files.createDirectories(target.getParent());
                writing.to(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The spare folder held a file where this build needs a folder, or a folder where it writes a file (the site
     * changed shape): what is in the way goes. Rare, so one thread at a time.
     */
    private synchronized void clearWay(Path target) throws IOException {
        for (Path p = spare.relativize(target.getParent()); p != null; p = p.getParent()) {
            Path ancestor = spare.resolve(p);
            if (Files.exists(ancestor, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(ancestor, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(ancestor);
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            TreeRemover.delete(target);
        }
    }

    @Override
    public void commit() {
        try {
            removeUnwritten();
            if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Path swapping = parentOf(output).resolve("." + output.getFileName() + ".swapping-" + ProcessHandle
                        .current().pid());
                move(output, swapping);
                move(spare, output);
                move(swapping, spare);
            } else {
                move(spare, output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not replace " + output + " with the new build", e);
        }
    }

    /** Files of an older build that this one did not write, then the folders left empty. */
    private void removeUnwritten() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(spare)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (path.equals(spare)) {
                    continue;
                }
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(path);
                } else if (!written.contains(spare.relativize(path).toString())) {
                    Files.delete(path);
                }
            }
        }
        folders.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path folder : folders) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            } catch (NoSuchFileException e) {
                // already gone
            }
        }
    }

    private static Path parentOf(Path path) {
        return path.toAbsolutePath().getParent();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A failed build: the output stays as it was; the spare folder is tidied by the next build's commit. */
    @Override
    public void discard() {
        // nothing to do: what this build wrote went into the spare folder only
    }
}
