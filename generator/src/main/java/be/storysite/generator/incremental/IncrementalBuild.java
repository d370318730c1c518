package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.forms.FormDefinition;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import be.storysite.generator.assets.AssetsStep;
import be.storysite.generator.config.ConfigStep;
import be.storysite.generator.config.LanguageConfig;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.contactform.FormsStep;
import be.storysite.generator.load.ContentLoader;
import be.storysite.generator.model.Site;
import be.storysite.generator.parse.MarkdownRenderer;
import be.storysite.core.files.SiteFolder;
import be.storysite.generator.parse.ParseStep;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Pipeline;
import be.storysite.generator.pipeline.StepFailed;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.render.PageRenderer;
import be.storysite.generator.plan.PlanStep;
import be.storysite.generator.search.SearchStep;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.render.TemplateEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

/**
 * A storysite build that keeps its state between runs in one JVM, for the live preview: each {@link #update}
 * re-reads only the changed files, rebuilds the model and plan (cheap), renders only the pages whose inputs
 * changed, and writes only the files whose bytes differ. The output is, file for file, what a full build
 * ({@link SiteGenerator}) would write.
 *
 * <pre>{@code
 * IncrementalBuild build = new IncrementalBuild(options);
 * build.update(Set.of(), true, listener);                                        // the first build: everything
 * build.update(Set.of(Path.of("content/stories/lindebeek.md")), false, listener); // a few pages
 * }</pre>
 *
 * <p>Exact by construction rather than by rules: a page's template runs on a data model that notes which names
 * it reads, and the page is rendered again when the fingerprint of those values, its templates, its locale or
 * (for HTML) the set of URLs and the published assets differ from last time. A change to {@code site.yaml}, or
 * lost watcher events, starts over from the files (still writing only what differs).
 *
 * <p>An update that finds errors writes nothing and keeps the last good output, as a full build does. A JBake
 * project, or a check-only build, is always built in full.
 */
public final class IncrementalBuild {

    private static final int MAX_SHAPES = 200_000;

    private final BuildOptions options;
    private final Clock clock;
    private SiteConfig config;
    private List<Diagnostic> configProblems = List.of();
    private ContentFiles content;
    private CachedModelStep model;
    private TemplateEngine engine;
    /** The contact form and the problems reading it gave; null until read, and when contact-forms/ changed. */
    private Optional<FormDefinition> form;
    private List<Diagnostic> formProblems = List.of();
    /** The templates' fingerprints for the page templates they were read for; null when templates/ changed. */
    private TemplateFingerprints templates;
    private Set<String> templatesFor = Set.of();
    private PublishedAssets assets;
    private OutputTree tree;
    private Map<String, PageRecord> records = Map.of();
    private Set<String> lastRendered = Set.of();
    /** The last update's errors shown on their pages (a preview's stand-ins), for its result. */
    private List<Diagnostic> shown = List.of();
    /** Read trees shared by the page records; only grows with new shapes, so it is dropped when it gets big. */
    private final Map<Reads.Shape, Reads> shapes = new ConcurrentHashMap<>();
    /** Data-model values kept from build to build where they come out the same, so pages see the same objects. */
    private ModelMemo memo = new ModelMemo();
    private ValueHasher values = new ValueHasher();
    private CarriedCache<PageInputs.Pair, Fingerprint> valuesRead = new CarriedCache<>();

    public IncrementalBuild(BuildOptions options) {
        this(options, Clock.system(SiteGenerator.SITE_ZONE));
    }

    /** @param clock decides today's date and the build date (tests pin it) */
    public IncrementalBuild(BuildOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /**
     * Brings the output up to date with the site folder.
     *
     * @param changed the paths that changed since the last update, relative to the site folder (files or folders,
     *     present or deleted)
     * @param everything the change is unknown (the first build, lost events): re-read everything
     */
    public synchronized BuildResult update(Set<Path> changed, boolean everything, BuildListener listener) {
        if (!options.writeOutput() || SiteGenerator.isJBakeProject(options.source())) {
            forget();
            lastRendered = Set.of();
            return new SiteGenerator(clock).build(options, listener);
        }
        long start = System.nanoTime();
        Diagnostics problems = new Diagnostics();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        BuildContext context = new BuildContext(options, problems, listener, LocalDate.now(clock), pool);
        Map<String, Integer> counts = Map.of();
        boolean ok = false;
        try {
            SiteGenerator.checkOutput(options, problems);
            Pipeline pipeline = new Pipeline(context);
            pipeline.stopOnErrors("options");
            invalidate(changed, everything);
            counts = build(pipeline, context, changed);
            ok = true;
        } catch (StepFailed stopped) {
            // the errors are in problems; nothing was written
        } finally {
            pool.shutdown();
        }
        return new BuildResult(ok ? counts : Map.of(), problems.warnings(), problems.errors(),
                (System.nanoTime() - start) / 1_000_000, options.output(), Optional.empty(), ok ? shown : List.of());
    }

    /** The URLs the last update rendered (all pages after a full start, a few after a small edit). */
    public synchronized Set<String> lastRendered() {
        return lastRendered;
    }

    private void invalidate(Set<Path> changed, boolean everything) {
        if (everything || config == null || touches(changed, "site.yaml")) {
            forget();
            tree = OutputTree.scan(options.output());
            return;
        }
        if (touches(changed, "templates")) {
            engine = null;
            templates = null;
        }
        if (touches(changed, "contact-forms")) {
            form = null;
        }
        if (touches(changed, "assets")) {
            assets = null;
            model = null; // content names images under assets/: whether they exist is checked again
        }
    }

    private void forget() {
        config = null;
        configProblems = List.of();
        content = null;
        model = null;
        engine = null;
        form = null;
        templates = null;
        assets = null;
        records = Map.of();
        tree = null;
        shapes.clear();
        memo = new ModelMemo();
        values = new ValueHasher();
        valuesRead = new CarriedCache<>();
    }

    private Map<String, Integer> build(Pipeline pipeline, BuildContext context, Set<Path> changed) {
        Diagnostics problems = context.problems();
        if (config == null) {
            Diagnostics own = new Diagnostics();
            BuildContext configContext = new BuildContext(options, own, context.listener(), context.today(),
                    context.pool());
            try {
                config = new Pipeline(configContext).run(new ConfigStep(), null);
            } finally {
                problems.addAll(own.all());
            }
            configProblems = own.all();
        } else {
            problems.addAll(configProblems);
        }
        Path source = options.source();
        if (content == null) {
            content = new ContentFiles(source.resolve("content"),
                    new ContentLoader(new HashSet<>(config.languageCodes()), new SiteFolder(source)),
                    ParseStep.of(new MarkdownRenderer(), config.markdown()));
            content.refreshAll(context);
        } else {
            content.refresh(changed.stream().filter(p -> under(p, "content")).map(source::resolve)
                    .collect(Collectors.toSet()), context);
        }
        content.report(problems);
        if (model == null) {
            model = new CachedModelStep(config, source.resolve("assets"), options.preview());
        }
        Site site = pipeline.run(model, content.parsed());
        shown = options.preview() ? site.errorsShownOnPages() : List.of();
        if (form == null) {
            Diagnostics own = new Diagnostics();
            BuildContext formsContext = new BuildContext(options, own, context.listener(), context.today(),
                    context.pool());
            try {
                form = new Pipeline(formsContext).run(new FormsStep(), config);
                formProblems = own.all();
            } catch (StepFailed failed) {
                form = null; // read again next time
                throw failed;
            } finally {
                problems.addAll(own.all());
            }
        } else {
            problems.addAll(formProblems);
        }
        pipeline.stopOnErrors("model");
        List<PlannedPage> plan = pipeline.run(new PlanStep(), site);
        pipeline.stopOnErrors("plan");
        if (assets == null) {
            MemoryOutput out = new MemoryOutput();
            assets = PublishedAssets.of(pipeline.run(new AssetsStep(), out), out.files());
        }
        if (engine == null) {
            engine = new TemplateEngine(source.resolve("templates"));
        }
        memo.nextBuild();
        PageRenderer renderer = pipeline.run(new PrepareStep(engine, plan, assets.index(), form,
                new BuildStamp(SiteGenerator.version(), Date.from(clock.instant())), memo), site);
        Set<String> pageTemplates = new TreeSet<>();
        plan.forEach(p -> pageTemplates.add(renderer.templateFile(p)));
        Map<String, byte[]> formFiles = renderer.formFiles();
        if (shapes.size() > MAX_SHAPES) {
            shapes.clear(); // the records keep their trees; only sharing with new ones is lost
        }
        Hasher urls = new Hasher();
        new TreeSet<>(plan.stream().map(PlannedPage::url).toList()).forEach(urls::add);
        formFiles.keySet().stream().sorted().forEach(urls::add);
        values = values.next();
        valuesRead = valuesRead.next();
        if (templates == null || !templatesFor.equals(pageTemplates)) {
            templates = TemplateFingerprints.read(engine.directory(), pageTemplates);
            templatesFor = Set.copyOf(pageTemplates);
        }
        PageInputs inputs = new PageInputs(templates, urls.fingerprint(), assets.fingerprint(), values, valuesRead);
        Map<String, String> locales = config.languages().stream()
                .collect(Collectors.toMap(LanguageConfig::code, LanguageConfig::tag));
        RenderChangedStep.Result result = pipeline.run(new RenderChangedStep(),
                new RenderChangedStep.Input(renderer, plan, inputs, locales, records, tree::holds, shapes));
        pipeline.stopOnErrors("render");
        Map<String, Fingerprint> wanted = new HashMap<>(assets.fingerprints());
        formFiles.forEach((file, bytes) -> wanted.put(file, Fingerprint.of(bytes)));
        // the search index is made anew (no page links to its files, so their names leave the pages alone)
        Map<String, byte[]> searchFiles = pipeline.run(new SearchStep(), new SearchStep.Input(site, plan));
        searchFiles.forEach((file, bytes) -> wanted.put(file, Fingerprint.of(bytes)));
        for (PlannedPage page : plan) {
            wanted.put(page.file(), result.records().get(page.url()).output());
        }
        pipeline.run(new WriteChangedStep(tree, file -> {
            byte[] bytes = result.rendered().get(file);
            return bytes != null ? bytes : formFiles.containsKey(file) ? formFiles.get(file)
                    : searchFiles.containsKey(file) ? searchFiles.get(file) : assets.files().get(file);
        }), wanted);
        records = Map.copyOf(result.records());
        lastRendered = plan.stream().filter(p -> result.rendered().containsKey(p.file())).map(PlannedPage::url)
                .collect(Collectors.toUnmodifiableSet());
        return result.counts();
    }

    private static boolean touches(Set<Path> changed, String top) {
        return changed.stream().anyMatch(p -> under(p, top));
    }

    private static boolean under(Path relative, String top) {
        return relative.getNameCount() > 0 && relative.getName(0).toString().equals(top);
    }
}
