package be.storysite.generator;

import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.card.CardsStep;
import be.storysite.generator.card.ShareCards;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.contactform.SiteForm;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.model.Site;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.render.RenderInput;
import be.storysite.generator.search.SearchStep;
import be.storysite.generator.variants.ImagesStep;
import be.storysite.generator.write.OutputSink;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a storysite build, as the one pipeline definition ({@link SiteGenerator}) runs them: the full
 * build's ({@link FullBuildSteps}), or the live preview's, which wraps each of those with a cache
 * ({@code incremental.IncrementalSteps}). The order, what runs beside what, and when a build stops are decided
 * only by {@link SiteGenerator}, so both builds are the same pipeline.
 *
 * <pre>{@code
 * BuildResult r = new SiteGenerator(clock).build(options, listener, () -> new FullBuildSteps(options, stamp));
 * }</pre>
 */
public interface StorysiteSteps {

    Step<Void, SiteConfig> config();

    /** Runs beside {@code load}, {@code parse} and {@code model}. */
    Step<SiteConfig, Optional<SiteForm>> forms();

    Step<SiteConfig, List<SourceFile>> load();

    Step<List<SourceFile>, List<ParsedFile>> parse(SiteConfig config);

    Step<List<ParsedFile>, Site> model(SiteConfig config);

    Step<Site, List<PlannedPage>> plan();

    Step<OutputSink, AssetIndex> assets();

    /** The static search index's files by output path; runs beside {@code assets}, {@code images}, {@code cards} and {@code render}. */
    Step<SearchStep.Input, Map<String, byte[]>> search();

    /** The photos' variants, added to the asset index it is given. */
    Step<ImagesStep.Input, AssetIndex> images();

    /** The share cards, drawn or read back from the cache beside the output. */
    Step<CardsStep.Input, ShareCards> cards();

    Step<RenderInput, Map<String, Integer>> render();

    /** Where this build writes; {@code write} commits it, a failed build discards it. */
    OutputSink output();
}
