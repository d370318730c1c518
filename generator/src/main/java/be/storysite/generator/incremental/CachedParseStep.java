package be.storysite.generator.incremental;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.parse.ParseStep;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Step {@code parse} of the live preview: the full build's {@link ParseStep}, parsing only the files it has not
 * seen, by content identity (a {@link SourceFile} is its path, name and whole text); a file seen in the last
 * build gets the very same {@link ParsedFile}, and its problems are reported again.
 *
 * <pre>{@code
 * CachedParseStep parse = new CachedParseStep(ParseStep.of(new MarkdownRenderer(), config.markdown()));
 * List<ParsedFile> parsed = pipeline.run(parse, files);   // the next build parses the changed files only
 * }</pre>
 */
final class CachedParseStep implements Step<List<SourceFile>, List<ParsedFile>> {

    private final ParseStep step;
    private Map<SourceFile, Entry> known = new HashMap<>();

    CachedParseStep(ParseStep step) {
        this.step = step;
    }

    @Override
    public String name() {
        return step.name();
    }

    @Override
    public synchronized List<ParsedFile> run(List<SourceFile> files, BuildContext context) {
        List<SourceFile> unknown = files.stream().filter(f -> !known.containsKey(f)).toList();
        List<Entry> parsed = context.parallel(name(), unknown, SourceFile::path, file -> {
            Diagnostics own = new Diagnostics();
            return new Entry(step.parse(file, context.reportingTo(own)), own.all());
        });
        Map<SourceFile, Entry> now = new HashMap<>();
        for (int i = 0; i < unknown.size(); i++) {
            now.put(unknown.get(i), parsed.get(i));
        }
        List<ParsedFile> result = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            Entry entry = now.computeIfAbsent(file, known::get);
            context.problems().addAll(entry.problems());
            result.add(entry.parsed());
        }
        known = now; // files gone are forgotten
        return result.stream().filter(Objects::nonNull).toList();
    }

    /** A file's parse (null when its header is broken) and the problems it gave. */
    private record Entry(ParsedFile parsed, List<Diagnostic> problems) {
        Entry {
            problems = List.copyOf(problems);
        }
    }
}
