package be.storysite.generator.load;

import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.util.HashSet;
import java.util.List;

/** Step {@code load}: finds and reads every file under {@code content/}. */
public final class LoadStep implements Step<SiteConfig, List<SourceFile>> {

    @Override
    public String name() {
        return "load";
    }

    @Override
    public List<SourceFile> run(SiteConfig config, BuildContext context) {
        return new ContentLoader(new HashSet<>(config.languageCodes()))
                .load(context.source().resolve("content"), context.problems());
    }
}
