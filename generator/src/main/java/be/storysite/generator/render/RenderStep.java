package be.storysite.generator.render;

import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Step;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Step {@code render}: each page, on all cores, goes template → post-process (HTML only) → output. The template
 * configuration, the data shared by all pages and the post-processor are made once ({@link PageRenderer}); a page
 * only adds its own data. Template errors are reported once per template line, not once per page.
 */
public final class RenderStep implements Step<RenderInput, Map<String, Integer>> {

    private final BuildStamp stamp;
    private final Supplier<TemplateEngine> engine;
    private final PageFinisher.Factory finishing;

    /**
     * @param engine the build's template engine, possibly still being made beside the earlier steps
     * @param finishing the post-processing every HTML page goes through ({@code postprocess.PostProcessing})
     */
    public RenderStep(BuildStamp stamp, Supplier<TemplateEngine> engine, PageFinisher.Factory finishing) {
        this.stamp = stamp;
        this.engine = engine;
        this.finishing = finishing;
    }

    @Override
    public String name() {
        return "render";
    }

    @Override
    public Map<String, Integer> run(RenderInput input, BuildContext context) {
        PageRenderer renderer = PageRenderer.prepare(engine.get(), input.site(), input.pages(), input.assets(),
                input.form(), context, stamp, finishing, input.cards());
        renderer.formFiles().forEach(input.out()::write);
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        context.parallel(name(), input.pages(), page -> page.content().map(c -> c.meta().file().source().path())
                .orElse(null), page -> {
            renderer.render(page, renderer.model(page), context.problems()).ifPresent(bytes -> {
                input.out().write(page.file(), bytes);
                counts.computeIfAbsent(page.kind().label(), k -> new AtomicInteger()).incrementAndGet();
            });
            return page;
        });
        renderer.reportTemplateErrors(context.problems());
        Map<String, Integer> result = new HashMap<>();
        counts.forEach((k, v) -> result.put(k, v.get()));
        input.form().ifPresent(f -> result.put("form-definition", 1));
        return result;
    }
}
