package be.storysite.generator.incremental;

import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.util.Map;
import java.util.function.Function;

/**
 * Step {@code write} of an incremental build: makes the output folder hold exactly the wanted files, writing only
 * those whose bytes differ and deleting those no longer built ({@link OutputTree#apply}).
 *
 * <pre>{@code
 * pipeline.run(new WriteChangedStep(tree, rendered::get), wanted);
 * }</pre>
 */
record WriteChangedStep(OutputTree tree, Function<String, byte[]> bytes)
        implements Step<Map<String, Fingerprint>, OutputTree.Changes> {

    @Override
    public String name() {
        return "write";
    }

    @Override
    public OutputTree.Changes run(Map<String, Fingerprint> wanted, BuildContext context) {
        // a preview update writes a few pages: at once, as they are rendered
        return tree.apply(wanted, bytes, writes -> context.parallel(name(), writes, write -> {
            write.run();
            return write;
        }));
    }
}
