package be.storysite.generator.assets;

import be.storysite.core.files.SiteFolder;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.write.OutputSink;

/** Step {@code assets}: copies {@code assets/}, fingerprinting CSS and JS. */
public final class AssetsStep implements Step<OutputSink, AssetIndex> {

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public AssetIndex run(OutputSink out, BuildContext context) {
        return new AssetPublisher().publish(context.source().resolve("assets"), new SiteFolder(context.source()), out,
                context.problems());
    }
}
