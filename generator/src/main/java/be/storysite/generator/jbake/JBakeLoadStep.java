package be.storysite.generator.jbake;

import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Step {@code load} of a JBake project: reads {@code jbake.properties}, every document under {@code content/}
 * (Markdown and HTML, parsed on all cores), the files to copy ({@code assets/} and the other files of
 * {@code content/}), and {@code data/}. A folder holding a {@code .jbakeignore} file is left out, as JBake does;
 * AsciiDoc is an error, as everywhere in storysite.
 */
public final class JBakeLoadStep implements Step<Void, JBakeProject> {

    @Override
    public String name() {
        return "load";
    }

    @Override
    public JBakeProject run(Void input, BuildContext context) {
        Path source = context.source();
        JBakeConfig config = JBakeConfig.read(source.resolve("jbake.properties"));
        JBakeReader reader = new JBakeReader(config);
        Path content = source.resolve(config.get("content.folder"));
        List<Path> documents = new ArrayList<>();
        Map<String, Path> copies = new LinkedHashMap<>();
        for (Path file : files(source.resolve(config.get("asset.folder")))) {
            copies.put(relative(source.resolve(config.get("asset.folder")), file), file);
        }
        for (Path file : files(content)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm")) {
                documents.add(file);
            } else if (name.endsWith(".adoc") || name.endsWith(".ad") || name.endsWith(".asciidoc")) {
                context.problems().error(SourcePosition.of(file), "AsciiDoc files are not supported: "
                        + file.getFileName(), "convert it to Markdown, or move it out of content/");
            } else {
                copies.put(relative(content, file), file);
            }
        }
        List<JBakeDocument> read = context.parallel(name(), documents, file -> file,
                file -> reader.read(file, relative(content, file), context.problems()))
                .stream().filter(Optional::isPresent).map(Optional::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing((JBakeDocument d) -> d.date().orElse(LocalDate.MIN)).reversed())
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        for (Path file : files(source.resolve(config.get("data.folder")))) {
            data.put(relative(source.resolve(config.get("data.folder")), file), reader.data(file, context.problems()));
        }
        return new JBakeProject(config, read, copies, data);
    }

    /** Regular, not hidden files below {@code dir}, leaving out folders that hold a {@code .jbakeignore}. */
    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !ignored(dir, p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ignored(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".jbakeignore"))) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
