package be.storysite.generator.incremental;

import be.storysite.generator.write.OutputSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live preview's output: the files a build writes are kept in memory, the files it did not render again are
 * named as kept ({@link #keep}), and {@link #commit} makes the output folder hold exactly those, writing only the
 * files whose bytes differ from what is on disk and deleting the ones no longer built ({@link OutputTree#apply}).
 * A build that fails is {@link #discard discarded}: nothing is written. A file written with the very array the
 * last build wrote to it is not hashed again ({@link WrittenBytes}).
 *
 * <pre>{@code
 * ChangedFilesOutput out = new ChangedFilesOutput(tree, new WrittenBytes());
 * out.write("klantverhalen/a/index.html", bytes);
 * out.keep("klantverhalen/b/index.html", fingerprint);   // unchanged, already on disk
 * out.commit();                                           // writes a/index.html if it differs
 * }</pre>
 */
final class ChangedFilesOutput implements OutputSink {

    private final OutputTree tree;
    private final WrittenBytes last;
    /** The copied files (assets), read at once. */
    private final MemoryOutput copied = new MemoryOutput();
    /**
     * The arrays this build was given, kept as they are (an array handed to an {@link OutputSink} is never changed
     * afterwards): no copy, and the next build can know them again.
     */
    private final Map<String, byte[]> given = new ConcurrentHashMap<>();
    private final Map<String, Fingerprint> kept = new ConcurrentHashMap<>();

    /** @param last the arrays the last committed build wrote; told of this one's when it is committed */
    ChangedFilesOutput(OutputTree tree, WrittenBytes last) {
        this.tree = tree;
        this.last = last;
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        given.put(relativePath, bytes);
    }

    @Override
    public void copy(Path source, String relativePath) {
        copied.copy(source, relativePath);
    }

    /**
     * A file this build did not write again, whose bytes on disk (with fingerprint {@code f}) are still right: the
     * caller has seen {@link #holds} say so. It is not looked at again when the build is committed.
     */
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
        Map<String, byte[]> files = copied.files();
        // on all cores: the first build hashes every page; a file written with the very array written last time
        // is not hashed again
        given.entrySet().parallelStream().forEach(e -> {
            Fingerprint f = last.fingerprint(e.getKey(), e.getValue());
            wanted.put(e.getKey(), f != null ? f : Fingerprint.of(e.getValue()));
        });
        files.entrySet().parallelStream().forEach(e -> wanted.put(e.getKey(), Fingerprint.of(e.getValue())));
        // a preview update writes a few pages; the first one all of them
        List<String> fresh = new ArrayList<>(given.keySet());
        fresh.addAll(files.keySet());
        tree.apply(wanted, fresh, path -> given.containsKey(path) ? given.get(path) : files.get(path),
                writes -> writes.parallelStream().forEach(Runnable::run));
        last.committed(given, wanted);
    }

    @Override
    public void discard() {
        copied.discard();
        given.clear();
        kept.clear();
    }
}
