package be.storysite.generator.model;

import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Step {@code model}: checks each header against its type's schema, makes typed content, applies the publishing
 * rules and builds the {@link Site}.
 */
public final class ModelStep implements Step<List<ParsedFile>, Site> {

    private final SiteConfig config;

    public ModelStep(SiteConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "model";
    }

    @Override
    public Site run(List<ParsedFile> files, BuildContext context) {
        ContentFactory factory = factory(context);
        List<Content> contents = context.parallel(name(), files, f -> f.source().path(), f -> factory.create(f, context.problems()))
                .stream().filter(Optional::isPresent).map(Optional::get).filter(Objects::nonNull).toList();
        return assemble(contents, context);
    }

    /**
     * What makes each file's typed content: it reads the file, {@code site.yaml} and whether the images the file
     * names exist under {@code assets/}. Public for the incremental build, which types only the changed files.
     */
    public ContentFactory factory(BuildContext context) {
        return new ContentFactory(config, context.source().resolve("assets"), context.options().preview());
    }

    /** The site made of the typed content of every file, after the publishing rules. */
    public Site assemble(List<Content> contents, BuildContext context) {
        PublishingRules rules = new PublishingRules(context.options().drafts(), context.options().future(),
                context.options().preview(), context.today());
        return new SiteBuilder(config, rules).build(contents, context.problems());
    }
}
