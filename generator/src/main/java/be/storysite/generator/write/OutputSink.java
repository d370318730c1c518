package be.storysite.generator.write;

import java.nio.file.Path;

/**
 * Where the build writes its files, by path below the output root ({@code klantverhalen/index.html}).
 * Implementations are safe to call from all render threads.
 */
public interface OutputSink {

    void write(String relativePath, byte[] bytes);

    void copy(Path source, String relativePath);

    /** Makes the written files the site's output; nothing is visible before. */
    void commit();

    /** Forgets everything written; the previous output stays as it was. */
    void discard();
}
