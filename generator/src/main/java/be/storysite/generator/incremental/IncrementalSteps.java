package be.storysite.generator.incremental;

import be.storysite.generator.StorysiteSteps;
import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.cache.DerivedFiles;
import be.storysite.generator.card.CardsStep;
import be.storysite.generator.card.ShareCards;
import be.storysite.generator.config.ConfigStep;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.contactform.SiteForm;
import be.storysite.generator.contactform.FormsStep;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.Site;
import be.storysite.generator.parse.MarkdownRenderer;
import be.storysite.generator.parse.ParseStep;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.plan.PlanStep;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.render.RenderInput;
import be.storysite.generator.search.KeptIndexes;
import be.storysite.generator.search.SearchStep;
import be.storysite.generator.render.TemplateEngine;
import be.storysite.generator.variants.ImageIoEncoder;
import be.storysite.generator.variants.ImagesStep;
import be.storysite.generator.write.OutputSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The steps of the live preview's build: each is the full build's step wrapped with a cache, kept from build to
 * build, and run by the same pipeline definition ({@code SiteGenerator}). {@link #changed} tells the caches
 * which files changed; each step decides reuse from that and from the identity of its input (an unchanged input
 * is the very object the step before handed out last time):
 *
 * <ul>
 *   <li>{@code config}: kept for as long as these steps live ({@code site.yaml} changed: new steps);</li>
 *   <li>{@code forms}: kept until a file under {@code contact-forms/} changes;</li>
 *   <li>{@code load}: reads only the changed files under {@code content/}; {@code parse}: parses only files with
 *       a new text or name; {@code model}: checks only files whose parse is new (and all when {@code assets/}
 *       changed: images named in headers);</li>
 *   <li>{@code plan}: runs every time (cheap);</li>
 *   <li>{@code assets}: kept until a file under {@code assets/} changes;</li>
 *   <li>{@code images}: runs every time, reading unchanged variants back from the cache beside the output
 *       ({@code DerivedFiles}), so only what changed is encoded;</li>
 *   <li>{@code cards}: runs every time with the design, logos and UI strings read once (a new step when
 *       {@code templates/} or {@code assets/} changes); a card drawn from the same inputs as the one written last
 *       time is kept on disk ({@link KeptCards}), others are read from the cache or drawn;</li>
 *   <li>{@code search}: runs every time, analysing only stories whose text differs (a {@code ModelMemo}) and
 *       making again only the index files whose content changed ({@code KeptIndexes});</li>
 *   <li>{@code render}: renders the pages whose inputs changed, by tracked reads ({@link RenderChangedStep});</li>
 *   <li>output: writes only the files whose bytes differ ({@link ChangedFilesOutput}).</li>
 * </ul>
 *
 * <pre>{@code
 * IncrementalSteps steps = new IncrementalSteps(options, clock);
 * generator.build(options, listener, () -> steps);                 // the first build: everything
 * steps.changed(Set.of(Path.of("content/stories/a.md")));
 * generator.build(options, listener, () -> steps);                 // one file read, a few pages rendered
 * }</pre>
 */
final class IncrementalSteps implements StorysiteSteps {

    private final Path source;
    private final Path output;
    private final OutputTree tree;
    private final CachedStep<Void, SiteConfig> config = new CachedStep<>(new ConfigStep());
    private final CachedStep<SiteConfig, Optional<SiteForm>> forms = new CachedStep<>(new FormsStep());
    private final CachedLoadStep load = new CachedLoadStep();
    private final CachedAssetsStep assets = new CachedAssetsStep();
    private final RenderChangedStep render;
    /** Photos' variants and share cards come from the cache beside the output when their inputs are unchanged. */
    private final ImagesStep images = new ImagesStep(new ImageIoEncoder());
    private final KeptCards keptCards;
    /** Keeps the card design, logos and UI strings it read: made anew when templates/ or assets/ change. */
    private CardsStep cards;
    /** Each story's body text and search terms, derived again only from a text that differs. */
    private final ModelMemo search = new ModelMemo();
    /** Last build's search index files, of which an update makes again only those whose content changed. */
    private final KeptIndexes searchFiles = new KeptIndexes();
    /** The arrays the last build wrote, so that a file written with the same array again is not hashed again. */
    private final WrittenBytes writtenBytes = new WrittenBytes();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private CachedParseStep parse;
    private CachedModelStep model;
    private SiteConfig configOfParse;
    private SiteConfig configOfModel;
    private TemplateEngine engine;
    private ChangedFilesOutput out;

    /** @param stamp the build's date and version, asked for at every build */
    IncrementalSteps(BuildOptions options, Supplier<BuildStamp> stamp) {
        this.source = options.source();
        this.output = options.output();
        this.tree = OutputTree.scan(options.output());
        this.keptCards = new KeptCards(() -> out);
        this.cards = newCards();
        this.render = new RenderChangedStep(this::engine, stamp, assets::fingerprint, () -> out);
    }

    /** Tells the caches which paths changed since the last build (relative to the site folder). */
    synchronized void changed(Set<Path> paths) {
        if (touches(paths, "templates")) {
            engine = null;
            render.templatesChanged();
        }
        if (touches(paths, "contact-forms")) {
            forms.invalidate();
        }
        if (touches(paths, "templates") || touches(paths, "assets")) {
            cards = newCards(); // the design, its fonts and colours (site.css), the logos, the UI strings
        }
        if (touches(paths, "assets")) {
            assets.invalidate();
            model = null; // content names images under assets/: whether they exist is checked again
        }
        load.changed(paths.stream().filter(p -> under(p, "content")).map(source::resolve)
                .collect(Collectors.toSet()));
    }

    /** The URLs the last build rendered. */
    Set<String> lastRendered() {
        return render.lastRendered();
    }

    @Override
    public Step<Void, SiteConfig> config() {
        return config;
    }

    @Override
    public Step<SiteConfig, Optional<SiteForm>> forms() {
        return forms;
    }

    @Override
    public Step<SiteConfig, List<SourceFile>> load() {
        return load;
    }

    @Override
    public synchronized Step<List<SourceFile>, List<ParsedFile>> parse(SiteConfig config) {
        if (parse == null || configOfParse != config) {
            parse = new CachedParseStep(ParseStep.of(markdown, config.markdown()));
            configOfParse = config;
        }
        return parse;
    }

    @Override
    public synchronized Step<List<ParsedFile>, Site> model(SiteConfig config) {
        if (model == null || configOfModel != config) {
            model = new CachedModelStep(config);
            configOfModel = config;
        }
        return model;
    }

    @Override
    public Step<Site, List<PlannedPage>> plan() {
        return new PlanStep();
    }

    @Override
    public Step<OutputSink, AssetIndex> assets() {
        return assets;
    }

    @Override
    public synchronized Step<SearchStep.Input, Map<String, byte[]>> search() {
        // runs at every build (no page links to its files, so their names leave the pages alone); it makes again
        // only the index files whose content changed (search.KeptIndexes), from the stories' terms kept by text
        search.nextBuild();
        return new SearchStep(search, searchFiles);
    }

    @Override
    public Step<ImagesStep.Input, AssetIndex> images() {
        return images;
    }

    @Override
    public synchronized Step<CardsStep.Input, ShareCards> cards() {
        return cards;
    }

    private CardsStep newCards() {
        return new CardsStep(Optional.of(DerivedFiles.beside(output)), keptCards, true);
    }

    @Override
    public Step<RenderInput, Map<String, Integer>> render() {
        return render;
    }

    @Override
    public synchronized OutputSink output() {
        out = new ChangedFilesOutput(tree, writtenBytes);
        return out;
    }

    private synchronized TemplateEngine engine() {
        if (engine == null) {
            engine = new TemplateEngine(source.resolve("templates"));
        }
        return engine;
    }

    private static boolean touches(Set<Path> changed, String top) {
        return changed.stream().anyMatch(p -> under(p, top));
    }

    private static boolean under(Path relative, String top) {
        return relative.getNameCount() > 0 && relative.getName(0).toString().equals(top);
    }
}
