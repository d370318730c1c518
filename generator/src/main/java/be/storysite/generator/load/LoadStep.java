package be.storysite.generator.load;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.files.SiteFolder;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.pipeline.StepFailed;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Step {@code load}: finds and reads every file under {@code content/}; reports the symbolic links under
 * {@code templates/} that lead outside the site folder (FreeMarker would not read them, and say only that the
 * template is missing).
 */
public final class LoadStep implements Step<SiteConfig, List<SourceFile>> {

    @Override
    public String name() {
        return "load";
    }

    @Override
    public List<SourceFile> run(SiteConfig config, BuildContext context) {
        SiteFolder site = new SiteFolder(context.source());
        ContentLoader loader = new ContentLoader(new HashSet<>(config.languageCodes()), site);
        Path content = context.source().resolve("content");
        List<Path> paths = loader.paths(content, context.problems());
        // packed only where memory needs it: below that, deflating and inflating every text is wasted CPU
        ContentLoader reader = loader.packing(PackedText.worthPacking(paths.size()));
        // read and decoded on all cores: a thousand files take a noticeable part of a build's serial time
        List<SourceFile> files = context.parallel(name(), paths,
                path -> reader.read(content, path, context.problems()).orElse(null)).stream()
                .filter(Objects::nonNull).toList();
        checkTemplates(site, context);
        return files;
    }

    /**
     * Reports the symbolic links under {@code templates/} that lead outside the site folder, and stops the step
     * when there is one. Public for the incremental build's load step, which reads only the changed files.
     */
    public void checkTemplates(SiteFolder site, BuildContext context) {
        Diagnostics templates = new Diagnostics();
        site.files(context.source().resolve("templates"), Integer.MAX_VALUE, templates);
        context.problems().addAll(templates.all());
        if (templates.hasErrors()) {
            throw new StepFailed(name()); // no page can be rendered with a template that cannot be read
        }
    }
}
