package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.ContentFactory;
import be.storysite.generator.model.ModelStep;
import be.storysite.generator.model.Site;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step {@code model} of the live preview: the full build's {@link ModelStep}, with each file's typed content (and
 * the problems checking its header gave) kept from build to build while the file's parse is the same object, i.e.
 * the file did not change. The factory reads only the file, {@code site.yaml} and whether the images it names
 * exist under {@code assets/}, so the cache is dropped when either of those changes (a new step). The site is
 * then assembled from all of them, as in a full build.
 *
 * <pre>{@code
 * CachedModelStep model = new CachedModelStep(config);
 * Site site = pipeline.run(model, parsed);   // the next build: only changed files are checked again
 * }</pre>
 */
final class CachedModelStep implements Step<List<ParsedFile>, Site> {

    private final ModelStep step;
    private ContentFactory factory;
    private Map<ParsedFile, Checked> checked = new IdentityHashMap<>();

    CachedModelStep(SiteConfig config) {
        this.step = new ModelStep(config);
    }

    @Override
    public String name() {
        return step.name();
    }

    @Override
    public synchronized Site run(List<ParsedFile> files, BuildContext context) {
        if (factory == null) {
            factory = step.factory(context);
        }
        List<ParsedFile> unknown = files.stream().filter(f -> !checked.containsKey(f)).toList();
        List<Checked> fresh = context.parallel(name(), unknown, f -> f.source().path(), f -> {
            Diagnostics own = new Diagnostics();
            return new Checked(factory.create(f, own), own.all());
        });
        Map<ParsedFile, Checked> now = new IdentityHashMap<>();
        for (int i = 0; i < unknown.size(); i++) {
            now.put(unknown.get(i), fresh.get(i));
        }
        files.forEach(f -> now.putIfAbsent(f, checked.get(f)));
        checked = now; // files gone are forgotten
        files.forEach(f -> context.problems().addAll(now.get(f).problems()));
        List<Content> contents = files.stream().map(f -> now.get(f).content()).flatMap(Optional::stream).toList();
        return step.assemble(contents, context);
    }

    /** A file's content (a stand-in when its header has errors) and the problems checking it gave. */
    private record Checked(Optional<Content> content, List<Diagnostic> problems) {
        Checked {
            problems = List.copyOf(problems);
        }
    }
}
