package be.storysite.generator.write;

import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;

/** Step {@code write}: swaps the finished build in place of the previous output. */
public final class PublishStep implements Step<OutputSink, Void> {

    @Override
    public String name() {
        return "write";
    }

    @Override
    public Void run(OutputSink out, BuildContext context) {
        out.commit();
        return null;
    }
}
