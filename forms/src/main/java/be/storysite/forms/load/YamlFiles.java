package be.storysite.forms.load;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a whole configuration file as YAML, reporting an unreadable file or invalid YAML instead of throwing. */
final class YamlFiles {

    private YamlFiles() {
    }

    /**
     * @param whatToDo the hint when the file cannot be read, e.g. what the file should contain
     */
    static Optional<YamlNode> read(Path file, Diagnostics problems, String whatToDo) {
        try {
            return Optional.of(YamlReader.read(Files.readString(file, StandardCharsets.UTF_8), file, 0));
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
        } catch (NoSuchFileException e) {
            problems.error(SourcePosition.of(file), file.getFileName() + " is missing", whatToDo);
        } catch (IOException e) {
            problems.error(SourcePosition.of(file), "cannot read " + file.getFileName() + ": " + e, whatToDo);
        }
        return Optional.empty();
    }
}
