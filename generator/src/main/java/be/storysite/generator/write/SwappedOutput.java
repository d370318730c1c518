package be.storysite.generator.write;

import be.storysite.generator.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    /**
     * What the spare folder held when this build began, listed on a thread of its own while the build renders:
     * walking a 2,000-file folder at the end cost 60-130 ms of a 1,000-story build's serial time.
     */
    private final Pipeline.Running<SpareListing> before;

    private SwappedOutput(Path output, Path spare) {
        this.output = output;
        this.spare = spare;
        this.before = Pipeline.beside("storysite-spare", () -> SpareListing.of(spare));
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

    /**
     * Writes {@code bytes} over the file in place, then cuts off what is left of a longer one. Why not
     * {@code Files.write}: it truncates first, and on ext4 a file truncated to nothing and written again gives
     * its blocks back, gets new ones and is written out when closed (ext4's {@code auto_da_alloc} safeguard);
     * rewriting the spare folder's 1,900 pages (N = 1,000) that way cost 220 ms of CPU and 0.3-0.7 s, in place
     * 50 ms and 60 ms. A half-written file is as harmless as before: the spare folder is never the output.
     */
    private static void overwrite(Path target, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.truncate(bytes.length); // nothing to cut when the file was not longer
        }
    }

    @Override
    public void copy(Path source, String relativePath) {
        put(relativePath, target -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING));
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
                try {
                    writing.to(target);
                } catch (NoSuchFileException e) {
                    // a new folder: the spare folder mostly holds every folder already (the build before the
                    // previous one), and asking first cost a failed mkdir, an exception and a stat per page
                    Files.createDirectories(target.getParent());
                    writing.to(target);
                }
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

    /**
     * Files of an older build that this one did not write, then the folders left empty. Only what the spare folder
     * held before this build can be such a file: whatever appeared since, this build wrote.
     */
    private void removeUnwritten() throws IOException {
        SpareListing listing = before.join();
        for (String file : listing.files()) {
            Path path = spare.resolve(file);
            // a listed file may have been replaced by a folder of this build's (clearWay)
            if (!written.contains(file) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.deleteIfExists(path);
                } catch (FileSystemException e) {
                    // or its folder by a file of this build's ("Not a directory"): then it is gone already
                    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                        throw e;
                    }
                }
            }
        }
        Set<String> kept = new HashSet<>(); // the folders holding a written file are not empty
        for (String file : written) {
            // each parent once: a folder already kept has its own parents kept
            for (Path parent = Path.of(file).getParent(); parent != null && kept.add(parent.toString());
                    parent = parent.getParent()) {
                // the loop's condition does the work
            }
        }
        for (String folder : listing.foldersDeepestFirst()) {
            Path path = spare.resolve(folder);
            if (!kept.contains(folder) && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.delete(path);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    // holds what this build wrote after all, or already gone
                }
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
