package be.storysite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.regex.Pattern;

/** One {@code storysite} command line run in-process through {@link Main#run}, with what it printed. */
record CliRun(int status, String out, String err) {

    /** The example site at the repository root (the module's tests run in cli/). */
    static final Path EXAMPLE = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern DIAGNOSTIC = Pattern.compile(".*: (error|warning): .*|  hint: .*");

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /** The warnings, errors and hints printed, in order (not the progress or summary lines). */
    List<String> diagnostics() {
        return err.lines().filter(l -> DIAGNOSTIC.matcher(l).matches()).toList();
    }

    /** Copies the example site's sources (not its build output) into {@code to}. */
    static Path copyExampleSite(Path to) throws IOException {
        Files.createDirectories(to);
        for (String part : List.of("site.yaml", "content", "templates", "assets", "contact-forms")) {
            Path from = EXAMPLE.resolve(part);
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(EXAMPLE.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(EXAMPLE.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return to;
    }

    /** Replaces the first match of {@code regex} in {@code file}; fails when there is none (a stale fixture). */
    static void edit(Path site, String file, String regex, String replacement) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        String changed = Pattern.compile(regex, Pattern.MULTILINE).matcher(text)
                .replaceFirst(java.util.regex.Matcher.quoteReplacement(replacement));
        if (changed.equals(text)) {
            throw new AssertionError(file + " has no match for " + regex);
        }
        Files.writeString(path, changed);
    }
}
