package be.storysite.generator;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.card.CardsStep;
import be.storysite.generator.card.ShareCards;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.contactform.SiteForm;
import be.storysite.generator.jbake.JBakeLoadStep;
import be.storysite.generator.jbake.JBakeProject;
import be.storysite.generator.jbake.JBakeRenderStep;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.model.Site;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Pipeline;
import be.storysite.generator.pipeline.StepFailed;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.render.RenderInput;
import be.storysite.generator.variants.ImagesStep;
import be.storysite.generator.search.SearchStep;
import be.storysite.generator.write.OutputSink;
import be.storysite.generator.write.DiscardingOutput;
import be.storysite.generator.write.PublishStep;
import be.storysite.generator.write.SwappedOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Builds a site: the pipeline {@code config → load → parse → model → forms → plan → (search, beside:) assets →
 * images → cards → render → write};
 * a JBake project ({@code jbake.properties}, no {@code site.yaml}) goes {@code load → render → write} with
 * JBake's layout and data model.
 *
 * <pre>{@code
 * BuildResult result = new SiteGenerator().build(BuildOptions.of(Path.of("."), Path.of("target/site")),
 *         BuildListener.NONE);
 * result.errors().forEach(e -> System.err.println(e.format(Path.of("."))));
 * }</pre>
 *
 * Never throws for problems in the site: they are in {@link BuildResult#errors()}, and then nothing was written
 * (the previous output is left as it was).
 */
public final class SiteGenerator {

    /** Dates in content are Belgian calendar days: "future" is decided in Brussels time. */
    public static final ZoneId SITE_ZONE = ZoneId.of("Europe/Brussels");

    private final Clock clock;

    public SiteGenerator() {
        this(Clock.system(SITE_ZONE));
    }

    /** @param clock decides today's date (tests pin it) */
    public SiteGenerator(Clock clock) {
        this.clock = clock;
    }

    public BuildResult build(BuildOptions options, BuildListener listener) {
        return build(options, listener, () -> new FullBuildSteps(options, stamp()));
    }

    /**
     * Builds with {@code steps} (made only for a storysite project): the full build's, or the live preview's
     * cached ones. The pipeline, what runs beside what and when the build stops are the same for both.
     */
    public BuildResult build(BuildOptions options, BuildListener listener, Supplier<StorysiteSteps> steps) {
        long start = System.nanoTime();
        Diagnostics problems = new Diagnostics();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        BuildContext context = new BuildContext(options, problems, listener, LocalDate.now(clock), pool);
        Map<String, Integer> pages = Map.of();
        AtomicReference<OutputSink> out = new AtomicReference<>();
        boolean committed = false;
        String stoppedEarly = null;
        AtomicReference<List<Diagnostic>> shown = new AtomicReference<>(List.of());
        try {
            checkOutput(options, problems);
            Pipeline pipeline = new Pipeline(context);
            pipeline.stopOnErrors("options");
            pages = isJBakeProject(options.source()) ? jbake(pipeline, options, out)
                    : storysite(pipeline, options, steps.get(), out, shown);
            pipeline.run(new PublishStep(), out.get());
            committed = true;
        } catch (StepFailed stopped) {
            // the errors are in problems; the previous output stays untouched
            stoppedEarly = stopped.step().equals("render") ? null : stopped.step();
        } finally {
            if (out.get() != null && !committed) {
                out.get().discard();
            }
            pool.shutdown();
        }
        return new BuildResult(committed || !options.writeOutput() ? pages : Map.of(), problems.warnings(),
                problems.errors(), (System.nanoTime() - start) / 1_000_000, options.output(),
                Optional.ofNullable(stoppedEarly), shown.get());
    }

    /** The storysite pipeline: config → (forms, beside:) load → parse → model → plan → assets → images → cards → render. */
    private Map<String, Integer> storysite(Pipeline pipeline, BuildOptions options, StorysiteSteps steps,
            AtomicReference<OutputSink> out, AtomicReference<List<Diagnostic>> shown) {
        SiteConfig config = pipeline.run(steps.config(), null);
        Pipeline.Running<Optional<SiteForm>> forms = pipeline.start(steps.forms(), config);
        Site site;
        Optional<SiteForm> form;
        try {
            List<SourceFile> files = pipeline.run(steps.load(), config);
            List<ParsedFile> parsed = pipeline.run(steps.parse(config), files);
            site = pipeline.run(steps.model(config), parsed);
            if (options.preview()) {
                shown.set(site.errorsShownOnPages()); // elsewhere they are errors, in problems
            }
        } finally {
            form = forms.join(); // also when a step failed: its problems belong in this build's result
        }
        // content with errors is not in the model: the rest is planned and rendered so that its broken links,
        // images and templates are reported in the same run ("every error at once")
        List<PlannedPage> plan = pipeline.run(steps.plan(), site);
        pipeline.stopIfFailed("plan");
        // the search index needs only the model and the URLs: it is written while the pages are rendered
        Pipeline.Running<Map<String, byte[]>> search = pipeline.start(steps.search(), new SearchStep.Input(site, plan));
        out.set(steps.output());
        AssetIndex assets = pipeline.run(steps.images(),
                new ImagesStep.Input(site, pipeline.run(steps.assets(), out.get()), out.get()));
        ShareCards cards = pipeline.run(steps.cards(), new CardsStep.Input(site, plan, out.get()::write));
        Map<String, Integer> pages = pipeline.run(steps.render(),
                new RenderInput(site, plan, assets, form, out.get(), cards));
        search.join().forEach(out.get()::write);
        pipeline.stopOnErrors("render");
        return pages;
    }

    /**
     * A JBake project (a {@code jbake.properties} and no {@code site.yaml}) is built the way JBake 2.7 bakes it:
     * load → render, with JBake's layout, URLs and data model (see {@code be.storysite.generator.jbake}).
     */
    private Map<String, Integer> jbake(Pipeline pipeline, BuildOptions options, AtomicReference<OutputSink> out) {
        JBakeProject project = pipeline.run(new JBakeLoadStep(), null);
        pipeline.stopOnErrors("load");
        out.set(output(options));
        Map<String, Integer> pages = pipeline.run(new JBakeRenderStep(stamp()),
                new JBakeRenderStep.Input(project, out.get()));
        pipeline.stopOnErrors("render");
        return pages;
    }

    /** Whether {@code source} is a JBake project: a {@code jbake.properties} and no {@code site.yaml}. */
    public static boolean isJBakeProject(Path source) {
        return !Files.exists(source.resolve("site.yaml")) && Files.exists(source.resolve("jbake.properties"));
    }

    /** A build's output: the spare folder beside the output, swapped in by {@code write}; none for a check. */
    static OutputSink output(BuildOptions options) {
        return options.writeOutput() ? SwappedOutput.beside(options.output()) : new DiscardingOutput();
    }

    /** Refuses an output folder that holds the sources: replacing it would delete the site. */
    public static void checkOutput(BuildOptions options, Diagnostics problems) {
        if (!options.writeOutput()) {
            return; // a check-only build never touches its output folder
        }
        Path source = options.source().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        if (source.startsWith(output)) {
            problems.error(SourcePosition.of(options.output()), "the output folder " + options.output()
                    + " contains the site's sources; a build replaces its output as a whole",
                    "choose an output folder outside the sources, e.g. target/site");
        }
        for (String own : List.of("content", "templates", "assets", "contact-forms")) {
            if (output.startsWith(source.resolve(own))) {
                problems.error(SourcePosition.of(options.output()), "the output folder lies inside " + own + "/",
                        "choose an output folder outside the sources, e.g. target/site");
            }
        }
    }

    private BuildStamp stamp() {
        return new BuildStamp(version(), Date.from(clock.instant()));
    }

    /** This generator's version, for JBake's {@code version} in templates. */
    public static String version() {
        try (InputStream in = SiteGenerator.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
