package be.storysite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}, shared by every command that reads a site. */
final class SourceOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the site folder (site.yaml, content/, templates/, assets/, contact-forms/); default: ${DEFAULT-VALUE}")
    Path source;

    Path source() {
        return source.toAbsolutePath().normalize();
    }
}
