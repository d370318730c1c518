package be.storysite.generator.incremental;

import be.storysite.generator.contactform.SiteForm;
import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.card.ShareCards;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.Site;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.postprocess.PostProcessing;
import be.storysite.generator.render.PageRenderer;
import be.storysite.generator.render.TemplateEngine;
import java.util.List;
import java.util.Optional;

/**
 * Step {@code templates} of an incremental build: parses the templates the plan needs (with the engine kept
 * while {@code templates/} is unchanged) and builds what all pages share, as the full build's render step does,
 * keeping last build's data-model values where they come out the same ({@link ModelMemo}).
 *
 * <pre>{@code
 * PageRenderer renderer = pipeline.run(new PrepareStep(engine, plan, assets, form, stamp, cards, memo), site);
 * }</pre>
 */
record PrepareStep(TemplateEngine engine, List<PlannedPage> plan, AssetIndex assets, Optional<SiteForm> form,
        BuildStamp stamp, ShareCards cards, ModelMemo memo) implements Step<Site, PageRenderer> {

    @Override
    public String name() {
        return "templates";
    }

    @Override
    public PageRenderer run(Site site, BuildContext context) {
        return PageRenderer.prepare(engine, site, plan, assets, form, context, stamp, PostProcessing::forBuild, cards,
                memo);
    }
}
