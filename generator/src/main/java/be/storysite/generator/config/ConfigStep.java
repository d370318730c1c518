package be.storysite.generator.config;

import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.pipeline.StepFailed;

/** Step {@code config}: reads {@code site.yaml}. */
public final class ConfigStep implements Step<Void, SiteConfig> {

    @Override
    public String name() {
        return "config";
    }

    @Override
    public SiteConfig run(Void input, BuildContext context) {
        return new SiteConfigLoader().load(context.source().resolve("site.yaml"), context.options().baseUrl(),
                context.problems()).orElseThrow(() -> new StepFailed(name()));
    }
}
