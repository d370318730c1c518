package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.config.LanguageConfig;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.postprocess.PostProcessing;
import be.storysite.generator.render.PageRenderer;
import be.storysite.generator.render.RenderInput;
import be.storysite.generator.render.RenderStep;
import be.storysite.generator.render.TemplateEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Step {@code render} of the live preview: what the full build's {@link RenderStep} does, for the pages whose
 * inputs changed. Every planned page gets its data model, and is rendered only when it is new, its last bytes are
 * not on disk, or the fingerprint of what it read last time differs now; the others are kept as they are on disk
 * ({@link ChangedFilesOutput#keep}). A page whose template read the very same objects as last time (the data
 * model keeps them where they come out the same, {@link ModelMemo}) is not fingerprinted at all. A rendered
 * page's template runs on a recording view of its model ({@link Reads}), which notes what it reads for the next
 * build.
 *
 * <pre>{@code
 * RenderChangedStep render = new RenderChangedStep(engine, stamp, assets::fingerprint, out);
 * Map<String, Integer> counts = pipeline.run(render, new RenderInput(site, plan, index, form, out.get()));
 * render.lastRendered();   // the URLs rendered this time
 * }</pre>
 */
final class RenderChangedStep implements Step<RenderInput, Map<String, Integer>> {

    private static final int MAX_SHAPES = 200_000;

    private final Supplier<TemplateEngine> engine;
    private final Supplier<BuildStamp> stamp;
    private final Supplier<Fingerprint> assets;
    private final Supplier<ChangedFilesOutput> out;
    /** Data-model values kept from build to build where they come out the same, so pages see the same objects. */
    private final ModelMemo memo = new ModelMemo();
    /** Read trees shared by the page records; only grows with new shapes, so it is dropped when it gets big. */
    private final Map<Reads.Shape, Reads> shapes = new ConcurrentHashMap<>();
    private ValueHasher values = new ValueHasher();
    private CarriedCache<PageInputs.Pair, Fingerprint> valuesRead = new CarriedCache<>();
    /** The templates' fingerprints for the page templates they were read for; null when templates/ changed. */
    private TemplateFingerprints templates;
    private Set<String> templatesFor = Set.of();
    private Map<String, PageRecord> records = Map.of();
    private Set<String> lastRendered = Set.of();

    /**
     * @param engine the template engine, kept until a template changes
     * @param stamp the build's date and version
     * @param assets the fingerprint of the published assets (link checks, fingerprinted names, image sizes)
     * @param out this build's output
     */
    RenderChangedStep(Supplier<TemplateEngine> engine, Supplier<BuildStamp> stamp, Supplier<Fingerprint> assets,
            Supplier<ChangedFilesOutput> out) {
        this.engine = engine;
        this.stamp = stamp;
        this.assets = assets;
        this.out = out;
    }

    @Override
    public String name() {
        return "render";
    }

    /** A file under {@code templates/} changed: read their fingerprints again. */
    synchronized void templatesChanged() {
        templates = null;
    }

    /** The URLs the last run rendered. */
    synchronized Set<String> lastRendered() {
        return lastRendered;
    }

    @Override
    public synchronized Map<String, Integer> run(RenderInput input, BuildContext context) {
        memo.nextBuild();
        PageRenderer renderer = PageRenderer.prepare(engine.get(), input.site(), input.pages(), input.assets(),
                input.form(), context, stamp.get(), PostProcessing::forBuild, input.cards(), memo);
        ChangedFilesOutput output = out.get();
        Map<String, byte[]> formFiles = renderer.formFiles();
        formFiles.forEach(output::write);
        List<PlannedPage> plan = input.pages();
        Set<String> pageTemplates = new TreeSet<>();
        plan.forEach(p -> pageTemplates.add(renderer.templateFile(p)));
        if (shapes.size() > MAX_SHAPES) {
            shapes.clear(); // the records keep their trees; only sharing with new ones is lost
        }
        Hasher urls = new Hasher();
        new TreeSet<>(plan.stream().map(PlannedPage::url).toList()).forEach(urls::add);
        formFiles.keySet().stream().sorted().forEach(urls::add);
        values = values.next();
        valuesRead = valuesRead.next();
        if (templates == null || !templatesFor.equals(pageTemplates)) {
            templates = TemplateFingerprints.read(engine.get().directory(), pageTemplates);
            templatesFor = Set.copyOf(pageTemplates);
        }
        PageInputs inputs = new PageInputs(templates, urls.fingerprint(), assets.get(), values, valuesRead);
        Map<String, String> locales = input.site().config().languages().stream()
                .collect(Collectors.toMap(LanguageConfig::code, LanguageConfig::tag));
        Result result = renderChanged(new Input(renderer, plan, inputs, locales, records, output::holds, shapes),
                context);
        for (PlannedPage page : plan) {
            PageRecord record = result.records().get(page.url());
            byte[] bytes = result.rendered().get(page.file());
            if (bytes != null) {
                output.write(page.file(), bytes);
            } else if (record != null) {
                output.keep(page.file(), record.output());
            }
        }
        records = Map.copyOf(result.records());
        lastRendered = plan.stream().filter(p -> result.rendered().containsKey(p.file())).map(PlannedPage::url)
                .collect(Collectors.toUnmodifiableSet());
        return result.counts();
    }

    private Result renderChanged(Input input, BuildContext context) {
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
                problems.all());
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
