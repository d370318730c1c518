package be.storysite.generator.incremental;

import be.storysite.generator.write.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link OutputSink} that keeps the files in memory, for the incremental build to compare with what is on
 * disk before writing anything. Copied files are read at once, so a later edit of the source cannot slip in.
 *
 * <pre>{@code
 * MemoryOutput out = new MemoryOutput();
 * AssetIndex assets = new AssetPublisher().publish(source.resolve("assets"), new SiteFolder(source), out, problems);
 * out.files();   // {assets/css/site.3f2a9c1b.css=[...], assets/images/logo.svg=[...]}
 * }</pre>
 */
final class MemoryOutput implements OutputSink {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String relativePath, byte[] bytes) {
        files.put(relativePath, bytes.clone());
    }

    @Override
    public void copy(Path source, String relativePath) {
        try {
            files.put(relativePath, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit() {
        // the incremental build writes what differs itself
    }

    @Override
    public void discard() {
        files.clear();
    }

    /** Every file, by path below the output folder, sorted. */
    Map<String, byte[]> files() {
        return new TreeMap<>(files);
    }
}
