package be.storysite.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.stream.Stream;

/**
 * Deletes a folder tree with all cores: sibling files and folders are removed in parallel, each folder after its
 * contents. The previous output of a 1,000-story site is about 1,900 files in as many folders; deleting them one
 * by one was the slowest serial part of a build (measured: 0.7 to 2.8 s of wall time on a loaded 2-core machine).
 * Symbolic links are deleted, never followed.
 *
 * <pre>{@code
 * TreeRemover.delete(Path.of("target/.site.previous-123"));
 * }</pre>
 */
final class TreeRemover {

    private TreeRemover() {
    }

    /** Deletes {@code root} and everything under it; nothing happens when it does not exist. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Deleting waits on the file system as much as on the CPU: a few more threads than cores keep it busy.
        ForkJoinPool pool = new ForkJoinPool(2 * Runtime.getRuntime().availableProcessors());
        try {
            pool.invoke(new Removal(root));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    private static final class Removal extends RecursiveAction {
        private final Path path;

        Removal(Path path) {
            this.path = path;
        }

        @Override
        protected void compute() {
            try {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    List<Removal> children;
                    try (Stream<Path> list = Files.list(path)) {
                        children = list.map(Removal::new).toList();
                    }
                    invokeAll(children);
                }
                Files.delete(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
