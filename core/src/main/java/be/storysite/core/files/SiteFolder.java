package be.storysite.core.files;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files of a site folder, symbolic links included as long as they stay inside it: a link (to a file or a
 * folder) that leads outside the site folder is an error naming it, and what it points to is never read.
 *
 * <pre>{@code
 * SiteFolder site = new SiteFolder(Path.of("."));
 * List<Path> files = site.files(Path.of("content"), Integer.MAX_VALUE, problems);
 * // content/pages/passwd.md -> /etc/passwd:
 * //   content/pages/passwd.md: error: symbolic link leads outside the site folder, to /etc/passwd
 * }</pre>
 *
 * Why: a site folder comes from a repository that many people write to; a link to {@code /etc/passwd} or to a
 * home folder, published by a build on a CI machine, leaks that file to the internet. Links inside the site
 * (a shared image folder linked into two places) are followed, and a link loop is an error too.
 */
public final class SiteFolder {

    private final Path root;

    /** @param root the site folder ({@code site.yaml}'s folder) */
    public SiteFolder(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            real = absolute; // no folder yet: nothing under it can be read either
        }
        this.root = real;
    }

    /**
     * Every regular file under {@code dir} down to {@code maxDepth} levels (1: its own files), sorted, following
     * the links that stay inside the site folder; the others are reported to {@code problems} and left out.
     * None when {@code dir} does not exist.
     */
    public List<Path> files(Path dir, int maxDepth, Diagnostics problems) {
        List<Path> found = new ArrayList<>();
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !inside(dir, problems)
                || !Files.isDirectory(dir)) {
            return found;
        }
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return folder.equals(dir) || inside(folder, problems) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (inside(file, problems) && attributes.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        problems.error(SourcePosition.of(file), "symbolic link loop: the folder links to a folder "
                                + "that contains it", "remove the link");
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    /**
     * Whether {@code path} may be read: true unless it is (or lies in a folder that is) a symbolic link leading
     * outside the site folder, or a link that leads nowhere; those are reported.
     */
    public boolean inside(Path path, Diagnostics problems) {
        if (!Files.isSymbolicLink(path)) {
            return true; // its folder was checked on the way down
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (IOException e) {
            problems.error(SourcePosition.of(path), "symbolic link leads nowhere", "remove the link, or restore "
                    + "what it pointed to");
            return false;
        }
        if (target.startsWith(root)) {
            return true;
        }
        problems.error(SourcePosition.of(path), "symbolic link leads outside the site folder, to " + target,
                "copy what it points to into the site folder, or remove the link: nothing outside the site folder "
                        + "is published");
        return false;
    }
}
