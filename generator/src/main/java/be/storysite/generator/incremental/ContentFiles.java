package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.load.ContentLoader;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.parse.ParseStep;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of {@code content/}, read and parsed, kept between builds: a refresh re-reads only the paths that
 * changed and re-parses a file only when its text differs. Each file keeps the problems reading and parsing it
 * gave, so every build reports them all, as a full build would. Files are kept in the order a full build loads
 * them (sorted by path), which is the order the model step sees them in.
 *
 * <pre>{@code
 * ContentFiles files = new ContentFiles(source.resolve("content"), new ContentLoader(languages, site), parseStep);
 * files.refreshAll(context);                                   // the first build
 * files.refresh(Set.of(source.resolve("content/stories/a.md")), context);
 * files.parsed();                                              // every parsed file, by path
 * }</pre>
 */
final class ContentFiles {

    private final Path contentDir;
    private final ContentLoader loader;
    private final ParseStep parser;
    private final NavigableMap<Path, Entry> files = new TreeMap<>();

    ContentFiles(Path contentDir, ContentLoader loader, ParseStep parser) {
        this.contentDir = contentDir;
        this.loader = loader;
        this.parser = parser;
    }

    /** Re-reads the whole folder: files gone are forgotten, unchanged texts are not parsed again. */
    void refreshAll(BuildContext context) {
        if (!Files.isDirectory(contentDir)) {
            files.clear();
            return;
        }
        List<Path> found = walk(contentDir);
        files.keySet().retainAll(Set.copyOf(found));
        reread(found, context);
    }

    /** Re-reads {@code paths} (absolute; files or folders, present or deleted). */
    void refresh(Set<Path> paths, BuildContext context) {
        List<Path> present = new ArrayList<>();
        for (Path path : paths) {
            files.keySet().removeIf(p -> p.startsWith(path) && !Files.isRegularFile(p));
            if (Files.isDirectory(path)) {
                present.addAll(walk(path));
            } else if (Files.isRegularFile(path)) {
                present.add(path);
            }
        }
        reread(present, context);
    }

    /** Every file that parsed, in load order. */
    List<ParsedFile> parsed() {
        return files.values().stream().map(Entry::parsed).filter(Objects::nonNull).toList();
    }

    /** Reports the problems reading and parsing the files gave (the loader's own, for a missing folder, too). */
    void report(Diagnostics problems) {
        if (!Files.isDirectory(contentDir)) {
            loader.load(contentDir, problems);
        }
        files.values().forEach(e -> problems.addAll(e.problems()));
    }

    private void reread(List<Path> paths, BuildContext context) {
        List<Loaded> changed = new ArrayList<>();
        for (Path path : paths) {
            Diagnostics problems = new Diagnostics();
            Optional<SourceFile> read = loader.read(contentDir, path, problems);
            Entry known = files.get(path);
            if (read.isPresent() && known != null && known.parsed() != null
                    && known.parsed().source().equals(read.get())) {
                continue; // same text, same name: same parse
            }
            if (read.isEmpty()) {
                files.put(path, new Entry(null, problems.all()));
            } else {
                changed.add(new Loaded(read.get(), problems));
            }
        }
        List<Entry> parsed = context.parallel("parse", changed, loaded -> loaded.file().path(), loaded -> {
            BuildContext own = new BuildContext(context.options(), loaded.problems(), BuildListener.NONE,
                    context.today(), context.pool());
            return new Entry(parser.parse(loaded.file(), own), loaded.problems().all());
        });
        for (int i = 0; i < changed.size(); i++) {
            files.put(changed.get(i).file().path(), parsed.get(i));
        }
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Loaded(SourceFile file, Diagnostics problems) {
    }

    /** A file's parse (null when it is not content or its header is broken) and the problems it gave. */
    private record Entry(ParsedFile parsed, List<Diagnostic> problems) {
        Entry {
            problems = List.copyOf(problems);
        }
    }
}
