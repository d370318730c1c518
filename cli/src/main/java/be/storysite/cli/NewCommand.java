package be.storysite.cli;

import be.storysite.generator.model.ContentSchemas;
import be.storysite.generator.SiteGenerator;
import be.storysite.generator.model.Slugs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storysite new story "Gemeente Ötegem werkt thuis!"} writes
 * {@code content/stories/gemeente-otegem-werkt-thuis.md}: every front matter field of a story, commented, as a
 * draft; it never overwrites a file. Also {@code new service} and {@code new page}.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new story, service or page with every front matter field explained, as a draft.")
final class NewCommand implements Callable<Integer> {

    private static final Pattern HAS_WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

    @Parameters(index = "0", paramLabel = "TYPE", description = "what to write: ${COMPLETION-CANDIDATES}")
    ContentType type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "the title; the file name (slug) is made from it")
    String title;

    @Mixin
    SourceOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String slug = Slugs.of(title);
        if (title.isBlank() || !HAS_WORD.matcher(title).matches()) {
            throw new ParameterException(spec.commandLine(), "the title '" + title
                    + "' has no letters or digits to make a file name from; give a title such as \"Gemeente Lindebeek werkt thuis\"");
        }
        Path file = site.source().resolve("content").resolve(type.folder()).resolve(slug + ".md");
        String text = NewFileText.render(type, ContentSchemas.of(type.kind()), title.strip(),
                LocalDate.now(SiteGenerator.SITE_ZONE), serviceSlugs());
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("storysite new: " + ShownPath.of(file) + " already exists; it was left as it is");
            err.println("  hint: edit that file, or choose another title (the file name is made from the title)");
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println(ShownPath.of(file));
        return ExitCodes.OK;
    }

    /** The slugs of {@code content/services/}: a file's name without its language suffix and extension. */
    private List<String> serviceSlugs() throws IOException {
        Path services = site.source().resolve("content").resolve(ContentType.SERVICE.folder());
        if (!Files.isDirectory(services)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(services)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.indexOf('.'))).distinct().sorted().toList();
        }
    }
}
