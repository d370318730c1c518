package be.storysite.cli;

import java.nio.file.Path;

/** How a command names a file it wrote: relative to the current folder when inside it ({@code target/site}). */
final class ShownPath {

    private ShownPath() {
    }

    static String of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
