package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.files.SiteFolder;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.load.ContentLoader;
import be.storysite.generator.load.LoadStep;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Step {@code load} of the live preview: the full build's {@link LoadStep} reading again only the paths that
 * changed ({@link #changed}); each file keeps the problems reading it gave, reported in every build as a full
 * build reports them. An unchanged file is the same {@link SourceFile} object from build to build, so the steps
 * after it can keep what they made of it. Files are in the order a full build loads them (sorted by path).
 *
 * <pre>{@code
 * CachedLoadStep load = new CachedLoadStep();
 * pipeline.run(load, config);                                      // the first build: every file
 * load.changed(Set.of(source.resolve("content/stories/a.md")));
 * pipeline.run(load, config);                                      // reads one file
 * }</pre>
 */
final class CachedLoadStep implements Step<SiteConfig, List<SourceFile>> {

    private final LoadStep step = new LoadStep();
    private final NavigableMap<Path, Entry> files = new TreeMap<>();
    private final Set<Path> changed = new HashSet<>();
    private SiteConfig config;
    private List<Diagnostic> folderProblems = List.of();

    @Override
    public String name() {
        return step.name();
    }

    /** Paths (absolute; files or folders, present or deleted) to read again in the next run. */
    synchronized void changed(Set<Path> paths) {
        changed.addAll(paths);
    }

    @Override
    public synchronized List<SourceFile> run(SiteConfig config, BuildContext context) {
        SiteFolder site = new SiteFolder(context.source());
        ContentLoader loader = new ContentLoader(new HashSet<>(config.languageCodes()), site);
        Path content = context.source().resolve("content");
        List<Path> toRead = new ArrayList<>();
        if (this.config != config) { // the first run, or site.yaml's languages: every file
            Diagnostics own = new Diagnostics();
            toRead.addAll(loader.paths(content, own));
            folderProblems = own.all();
            files.clear();
            this.config = config;
        } else {
            for (Path path : changed) {
                files.keySet().removeIf(p -> p.startsWith(path) && !Files.isRegularFile(p));
                if (Files.isDirectory(path)) {
                    toRead.addAll(walk(path));
                } else if (Files.isRegularFile(path)) {
                    toRead.add(path);
                }
            }
        }
        changed.clear();
        List<Entry> read = context.parallel(name(), toRead, path -> {
            Diagnostics own = new Diagnostics();
            return new Entry(loader.read(content, path, own), own.all());
        });
        for (int i = 0; i < toRead.size(); i++) {
            Entry known = files.get(toRead.get(i));
            Entry now = read.get(i);
            // the same text and name: the same object, so what later steps made of it is kept
            files.put(toRead.get(i), known != null && known.file().equals(now.file()) ? known : now);
        }
        context.problems().addAll(folderProblems);
        files.values().forEach(e -> context.problems().addAll(e.problems()));
        step.checkTemplates(site, context);
        return files.values().stream().map(Entry::file).flatMap(Optional::stream).toList();
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file as read (empty when it is not content or unreadable) and the problems reading it gave. */
    private record Entry(Optional<SourceFile> file, List<Diagnostic> problems) {
        Entry {
            problems = List.copyOf(problems);
        }
    }
}
