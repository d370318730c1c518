package be.storysite.generator.write;

import java.nio.file.Path;

/** The output of a check-only build ({@code writeOutput = false}): everything is rendered and checked, nothing kept. */
public final class DiscardingOutput implements OutputSink {

    @Override
    public void write(String relativePath, byte[] bytes) {
        // checked, not kept
    }

    @Override
    public void copy(Path source, String relativePath) {
        // checked, not kept
    }

    @Override
    public void commit() {
        // nothing to publish
    }

    @Override
    public void discard() {
        // nothing to forget
    }
}
