package be.storysite.generator.write;

import java.nio.file.Path;

/**
 * Where the build writes its files, by path below the output root ({@code klantverhalen/index.html}).
 * Implementations are safe to call from all render threads. An array passed to {@link #write} is not changed
 * afterwards: an output may keep it (the preview knows a file written again with the very same array).
 */
public interface OutputSink {

    void write(String relativePath, byte[] bytes);

    void copy(Path source, String relativePath);

    /** Makes the written files the site's output; nothing is visible before. */
    void commit();

    /** Forgets everything written; the previous output stays as it was. */
    void discard();
}
