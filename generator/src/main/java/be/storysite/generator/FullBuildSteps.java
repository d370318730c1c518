package be.storysite.generator;

import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.assets.AssetsStep;
import be.storysite.generator.cache.DerivedFiles;
import be.storysite.generator.card.CardsStep;
import be.storysite.generator.card.ShareCards;
import be.storysite.generator.config.ConfigStep;
import be.storysite.generator.config.LanguageConfig;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.contactform.SiteForm;
import be.storysite.generator.contactform.FormsStep;
import be.storysite.generator.load.LoadStep;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.model.ModelStep;
import be.storysite.generator.model.Site;
import be.storysite.generator.parse.MarkdownRenderer;
import be.storysite.generator.parse.ParseStep;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Pipeline;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.plan.PlanStep;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.postprocess.PostProcessing;
import be.storysite.generator.render.RenderInput;
import be.storysite.generator.search.SearchStep;
import be.storysite.generator.render.RenderStep;
import be.storysite.generator.variants.ImageIoEncoder;
import be.storysite.generator.variants.ImagesStep;
import be.storysite.generator.render.TemplateEngine;
import be.storysite.generator.write.OutputSink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a full build, each doing all its work. The Markdown parser and the templates are made on threads
 * of their own from the start (wiring flexmark's extensions and parsing the templates take a tenth of a second
 * each), while the configuration and the files are read.
 *
 * <pre>{@code
 * new SiteGenerator().build(options, listener, () -> new FullBuildSteps(options, stamp));
 * }</pre>
 */
public final class FullBuildSteps implements StorysiteSteps {

    private final BuildOptions options;
    private final BuildStamp stamp;
    private final Pipeline.Running<MarkdownRenderer> markdown;
    /** The page templates from the start; once the languages are known, also what they import (see parse). */
    private Pipeline.Running<TemplateEngine> templates;

    public FullBuildSteps(BuildOptions options, BuildStamp stamp) {
        this.options = options;
        this.stamp = stamp;
        this.markdown = Pipeline.beside("storysite-markdown", MarkdownRenderer::new);
        this.templates = Pipeline.beside("storysite-templates",
                () -> new TemplateEngine(options.source().resolve("templates")).warm());
    }

    @Override
    public Step<Void, SiteConfig> config() {
        return new ConfigStep();
    }

    @Override
    public Step<SiteConfig, Optional<SiteForm>> forms() {
        return new FormsStep();
    }

    @Override
    public Step<SiteConfig, List<SourceFile>> load() {
        return new LoadStep();
    }

    @Override
    public Step<List<SourceFile>, List<ParsedFile>> parse(SiteConfig config) {
        // the languages are known now: the layout and macros are parsed for each while the content is parsed,
        // instead of by the first page of each language on the render threads
        List<Locale> locales = config.languages().stream().map(LanguageConfig::locale).toList();
        templates = templates.then("storysite-templates", engine -> engine.warmImports(locales));
        return ParseStep.of(markdown.join(), config.markdown());
    }

    @Override
    public Step<List<ParsedFile>, Site> model(SiteConfig config) {
        return new ModelStep(config);
    }

    @Override
    public Step<Site, List<PlannedPage>> plan() {
        return new PlanStep();
    }

    @Override
    public Step<OutputSink, AssetIndex> assets() {
        return new AssetsStep();
    }

    @Override
    public Step<SearchStep.Input, Map<String, byte[]>> search() {
        // made anew at every build: no page links to its files, so their names leave the pages alone
        return new SearchStep();
    }

    @Override
    public Step<ImagesStep.Input, AssetIndex> images() {
        return new ImagesStep(new ImageIoEncoder());
    }

    @Override
    public Step<CardsStep.Input, ShareCards> cards() {
        // a check-only build validates the design and the logos but draws nothing
        return new CardsStep(options.writeOutput() ? Optional.of(DerivedFiles.beside(options.output())) : Optional.empty());
    }

    @Override
    public Step<RenderInput, Map<String, Integer>> render() {
        return new RenderStep(stamp, templates::join, PostProcessing::forBuild);
    }

    @Override
    public OutputSink output() {
        return SiteGenerator.output(options);
    }
}
