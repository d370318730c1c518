package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.render.PageRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Step {@code render} of an incremental build: every planned page gets its data model, and is rendered only when
 * it is new, its last bytes are not on disk, or the fingerprint of what it read last time differs now. A page whose
 * template read the very same objects as last time (the data model keeps them where they come out the same,
 * {@link be.storysite.generator.memo.ModelMemo}) is not fingerprinted at all. A rendered page's template runs
 * on a recording view of its model ({@link Reads}), which notes what it reads for the next build.
 *
 * <pre>{@code
 * Result r = pipeline.run(new RenderChangedStep(), new Input(renderer, plan, inputs, locales, previous,
 *         tree::holds, shapes));
 * r.rendered();   // file → bytes of the pages rendered this time
 * }</pre>
 */
final class RenderChangedStep implements Step<RenderChangedStep.Input, RenderChangedStep.Result> {

    @Override
    public String name() {
        return "render";
    }

    @Override
    public Result run(Input input, BuildContext context) {
        // First decide for every page, then render the few that changed, each a task of its own: rendering is
        // most of an update's work, and split with the cheap checks it could fall on one core.
        List<Decision> decided = context.parallel("check", input.plan(), page -> check(page, input, context));
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            if (decided.get(i) instanceof ToRender) {
                changed.add(i);
            }
        }
        List<Outcome> renders = context.parallel(name(), changed,
                i -> render(input.plan().get(i), (ToRender) decided.get(i), input, context));
        input.renderer().reportTemplateErrors(context.problems());
        Map<Integer, Outcome> renderedAt = new HashMap<>();
        for (int j = 0; j < changed.size(); j++) {
            renderedAt.put(changed.get(j), renders.get(j));
        }
        Map<String, PageRecord> records = new HashMap<>();
        Map<String, byte[]> rendered = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < decided.size(); i++) {
            PlannedPage page = input.plan().get(i);
            Outcome outcome = decided.get(i) instanceof ToRender ? renderedAt.get(i) : (Outcome) decided.get(i);
            if (outcome == null) {
                continue; // a template error, reported
            }
            records.put(page.url(), outcome.record());
            outcome.bytes().ifPresent(bytes -> {
                rendered.put(page.file(), bytes);
                counts.merge(page.kind().label(), 1, Integer::sum);
            });
        }
        return new Result(records, rendered, counts);
    }

    /** The page's {@link Outcome} when it need not be rendered, else what rendering it needs ({@link ToRender}). */
    private static Decision check(PlannedPage page, Input input, BuildContext context) {
        PageRenderer renderer = input.renderer();
        Map<String, Object> model = renderer.model(page);
        String template = renderer.templateFile(page);
        String locale = input.locales().getOrDefault(page.lang(), page.lang());
        PageInputs inputs = input.inputs();
        Fingerprint environment = inputs.environment(page, template, locale);
        PageRecord last = input.previous().get(page.url());
        if (last != null && last.inputs() != null && environment != null
                && input.onDisk().test(page.file(), last.output())) {
            if (environment.equals(last.environment()) && last.sameValues(model)) {
                // the very objects it read last time: nothing to fingerprint
                context.problems().addAll(last.problems());
                return new Outcome(last, Optional.empty());
            }
            if (last.inputs().equals(inputs.of(page, template, locale, model, last.reads()))) {
                context.problems().addAll(last.problems());
                return new Outcome(new PageRecord(last.inputs(), environment,
                        PageRecord.valuesRead(model, last.reads()), last.reads(), last.output(), last.problems()),
                        Optional.empty());
            }
        }
        return new ToRender(model, template, locale, environment);
    }

    private static Outcome render(PlannedPage page, ToRender what, Input input, BuildContext context) {
        Reads recorded = new Reads();
        Diagnostics problems = new Diagnostics();
        Optional<byte[]> bytes = input.renderer().render(page, recorded.record(what.model()), problems);
        context.problems().addAll(problems.all());
        if (bytes.isEmpty()) {
            return null;
        }
        Reads reads = recorded.intern(input.shapes());
        PageRecord record = new PageRecord(input.inputs().of(page, what.template(), what.locale(), what.model(), reads),
                what.environment(), PageRecord.valuesRead(what.model(), reads), reads, Fingerprint.of(bytes.get()),
                problems.warnings());
        return new Outcome(record, bytes);
    }

    /** What checking a page decided: it is unchanged ({@link Outcome}), or it is to be rendered. */
    private sealed interface Decision permits Outcome, ToRender {
    }

    /** A page to render, with what checking it found. */
    private record ToRender(Map<String, Object> model, String template, String locale, Fingerprint environment)
            implements Decision {
    }

    /**
     * @param renderer renders this build's pages
     * @param plan every page of this build
     * @param inputs fingerprints what a page reads
     * @param locales each language's locale tag, part of what a page depends on
     * @param previous the last build's page records, by URL
     * @param onDisk whether a file holds bytes with a fingerprint
     * @param shapes the interned read trees ({@link Reads#intern}), kept from build to build
     */
    record Input(PageRenderer renderer, List<PlannedPage> plan, PageInputs inputs, Map<String, String> locales,
            Map<String, PageRecord> previous, BiPredicate<String, Fingerprint> onDisk,
            Map<Reads.Shape, Reads> shapes) {
    }

    /**
     * @param records every page's record, by URL
     * @param rendered the bytes of the pages rendered this time, by output file
     * @param counts the pages rendered this time, by kind
     */
    record Result(Map<String, PageRecord> records, Map<String, byte[]> rendered, Map<String, Integer> counts) {
    }

    private record Outcome(PageRecord record, Optional<byte[]> bytes) implements Decision {
    }
}
