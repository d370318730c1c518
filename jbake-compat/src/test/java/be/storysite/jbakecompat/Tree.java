package be.storysite.jbakecompat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * File-tree helpers for output folders: the relative paths of its files, and removal.
 *
 * <pre>{@code
 * Tree.files(Path.of("target/jbake/blog")); // [404.html, about.html, blog/2024/bins-on-a-map.html, ...]
 * }</pre>
 */
public final class Tree {

    private Tree() {
    }

    /** The relative paths of every regular file under {@code root}, with {@code /} separators, sorted. */
    public static SortedSet<String> files(Path root) throws IOException {
        SortedSet<String> paths = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> paths.add(root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/")));
        }
        return paths;
    }

    /** Deletes {@code root} and everything under it; nothing happens when it does not exist. */
    public static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
