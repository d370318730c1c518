package be.storysite.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files and folders under a build's spare folder, relative to it (as {@link SwappedOutput} names what it
 * writes), each read once: the walk takes each entry's attributes as it goes instead of asking again per entry.
 *
 * <pre>{@code
 * SpareListing listing = SpareListing.of(Path.of("target/.site.spare"));
 * listing.files();                // [index.html, klantverhalen/index.html, ...]
 * listing.foldersDeepestFirst();  // [klantverhalen/pagina/2, klantverhalen/pagina, klantverhalen, ...]
 * }</pre>
 *
 * @param files every entry that is not a folder (a symbolic link included, not followed)
 * @param folders every folder below the root
 */
record SpareListing(List<String> files, List<String> folders) {

    SpareListing {
        files = List.copyOf(files);
        folders = List.copyOf(folders);
    }

    /**
     * Lists {@code root}; an entry removed while it is walked (the build clearing the way for a file of its own)
     * is passed over.
     */
    static SpareListing of(Path root) {
        List<String> files = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)) {
                        folders.add(root.relativize(dir).toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(root.relativize(file).toString());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (replacedMeanwhile(e)) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null && !replacedMeanwhile(e)) {
                        throw e;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + root, e);
        }
        return new SpareListing(files, folders);
    }

    /**
     * The listing runs while the build writes into the folder: an entry deleted, or a folder replaced by a file
     * of this build, is gone from the listing's view, and what replaced it is among the files the build wrote.
     */
    private static boolean replacedMeanwhile(IOException e) {
        return e instanceof NoSuchFileException || e instanceof NotDirectoryException;
    }

    /** The folders, every one before the folder holding it: emptied in this order, each can be removed. */
    List<String> foldersDeepestFirst() {
        return folders.stream().sorted(Comparator.comparingInt((String f) -> Path.of(f).getNameCount()).reversed())
                .toList();
    }
}
