package be.storysite.generator.incremental;

import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.assets.AssetsStep;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.write.OutputSink;

/**
 * Step {@code assets} of the live preview: the full build's {@link AssetsStep}, run into memory and kept (a
 * {@link CachedStep}) until a file under {@code assets/} changes ({@link #invalidate}); every build writes the
 * kept files into its output (which writes to disk only what differs) and gets the kept {@link AssetIndex}.
 *
 * <pre>{@code
 * CachedAssetsStep assets = new CachedAssetsStep();
 * AssetIndex index = pipeline.run(assets, out);
 * assets.fingerprint();   // all published files together: what a page's HTML depends on
 * }</pre>
 */
final class CachedAssetsStep implements Step<OutputSink, AssetIndex> {

    private final CachedStep<Void, PublishedAssets> published = new CachedStep<>(new Publish(new AssetsStep()));
    private volatile PublishedAssets last;

    @Override
    public String name() {
        return published.name();
    }

    void invalidate() {
        published.invalidate();
    }

    @Override
    public AssetIndex run(OutputSink out, BuildContext context) {
        PublishedAssets assets = published.run(null, context);
        last = assets;
        assets.files().forEach(out::write);
        return assets.index();
    }

    /** The published files together, as of the last run: what a page's HTML depends on (names, image sizes). */
    Fingerprint fingerprint() {
        return last.fingerprint();
    }

    /** The full build's step, into memory. */
    private record Publish(AssetsStep step) implements Step<Void, PublishedAssets> {
        @Override
        public String name() {
            return step.name();
        }

        @Override
        public PublishedAssets run(Void input, BuildContext context) {
            MemoryOutput memory = new MemoryOutput();
            AssetIndex index = step.run(memory, context);
            return PublishedAssets.of(index, memory.files());
        }
    }
}
