package be.storysite.generator.incremental;

import be.storysite.generator.write.OutputSink;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live preview's output: the files a build writes are kept in memory, the files it did not render again are
 * named as kept ({@link #keep}), and {@link #commit} makes the output folder hold exactly those, writing only the
 * files whose bytes differ from what is on disk and deleting the ones no longer built ({@link OutputTree#apply}).
 * A build that fails is {@link #discard discarded}: nothing is written.
 *
 * <pre>{@code
 * ChangedFilesOutput out = new ChangedFilesOutput(tree);
 * out.write("klantverhalen/a/index.html", bytes);
 * out.keep("klantverhalen/b/index.html", fingerprint);   // unchanged, already on disk
 * out.commit();                                           // writes a/index.html if it differs
 * }</pre>
 */
final class ChangedFilesOutput implements OutputSink {

    private final OutputTree tree;
    private final MemoryOutput written = new MemoryOutput();
    private final Map<String, Fingerprint> kept = new ConcurrentHashMap<>();

    ChangedFilesOutput(OutputTree tree) {
        this.tree = tree;
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        written.write(relativePath, bytes);
    }

    @Override
    public void copy(Path source, String relativePath) {
        written.copy(source, relativePath);
    }

    /** A file this build did not write again, whose bytes on disk (with fingerprint {@code f}) are still right. */
    void keep(String relativePath, Fingerprint f) {
        kept.put(relativePath, f);
    }

    /** Whether the output folder holds {@code relativePath} with bytes of fingerprint {@code f}. */
    boolean holds(String relativePath, Fingerprint f) {
        return tree.holds(relativePath, f);
    }

    @Override
    public void commit() {
        Map<String, Fingerprint> wanted = new ConcurrentHashMap<>(kept);
        Map<String, byte[]> files = written.files();
        // on all cores: an update's search index files are large, and the first build hashes every page
        files.entrySet().parallelStream().forEach(e -> wanted.put(e.getKey(), Fingerprint.of(e.getValue())));
        // a preview update writes a few pages; the first one all of them, one after the other like a full build
        tree.apply(wanted, files::get, writes -> writes.parallelStream().forEach(Runnable::run));
    }

    @Override
    public void discard() {
        written.discard();
        kept.clear();
    }
}
