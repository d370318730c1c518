package be.storysite.core.diagnostic;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a source file, 1-based like compilers print it.
 *
 * <p>{@code new SourcePosition(Path.of("content/stories/haacht.md"), 4, 1)} prints as
 * {@code content/stories/haacht.md:4:1}. A line of 0 means "somewhere in this file" and prints as the path
 * alone, for problems that belong to a whole file (a missing image, a file type we cannot read).
 */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** The whole file, no line known. */
    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(Path file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /**
     * The line and column of character {@code offset} of {@code text}, whose first line is line {@code firstLine}
     * of {@code file}: {@code SourcePosition.atOffset(file, "a\nbc", 3, 1)} is {@code file:2:2}.
     */
    public static SourcePosition atOffset(Path file, CharSequence text, int offset, int firstLine) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, offset - lineStart + 1);
    }

    /** This position moved down by {@code lines}, e.g. from a front matter block to the file that holds it. */
    public SourcePosition shiftLines(int lines) {
        return line == 0 ? this : new SourcePosition(file, line + lines, column);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code path:line:col}, the path relative to {@code base} when it lies below it. */
    public String format(Path base) {
        Path shown = file;
        if (base != null) {
            Path absBase = base.toAbsolutePath().normalize();
            Path absFile = file.toAbsolutePath().normalize();
            if (absFile.startsWith(absBase)) {
                shown = absBase.relativize(absFile);
            }
        }
        String path = shown.toString().replace('\\', '/');
        if (line == 0) {
            return path;
        }
        return path + ":" + line + ":" + Math.max(column, 1);
    }

    @Override
    public String toString() {
        return format(null);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
