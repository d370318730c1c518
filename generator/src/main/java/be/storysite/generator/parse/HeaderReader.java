package be.storysite.generator.parse;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlReader;
import be.storysite.core.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a content file into its {@link Header} and body. Two header styles are read:
 *
 * <pre>{@code
 * ---                         title=Hallo wereld
 * title: Hallo wereld         date=2024-03-01
 * date: 2024-03-01            type=post
 * ---                         tags=cloud,werkplek
 *                             ~~~~~~
 * }</pre>
 *
 * Line numbers stay those of the file, so that errors point at the line the writer sees.
 */
public final class HeaderReader {

    private static final String JBAKE_END = "~~~~~~";

    /** @throws DiagnosticException when the file has no header or its YAML is invalid */
    public Header read(String text, Path file) {
        List<String> lines = text.lines().toList();
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            return yaml(text, lines, file);
        }
        int end = lines.indexOf(JBAKE_END);
        if (end > 0 && lines.get(0).contains("=")) {
            return jbake(lines, end, file);
        }
        throw new DiagnosticException("parse", Diagnostic.error(SourcePosition.of(file, 1, 1),
                "the file has no header: it must start with a line  ---  (YAML front matter) or a JBake header",
                "start the file with  ---, then  title: ...  and the other fields, then  ---"));
    }

    private static Header yaml(String text, List<String> lines, Path file) {
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new DiagnosticException("parse", Diagnostic.error(SourcePosition.of(file, 1, 1),
                    "the front matter opened on line 1 is never closed", "end it with a line  ---"));
        }
        String yaml = String.join("\n", lines.subList(1, close));
        YamlNode node = YamlReader.read(yaml, file, 1);
        SourcePosition end = SourcePosition.of(file, close + 1, 1);
        if (!(node instanceof YamlMapping mapping)) {
            throw new DiagnosticException("parse", Diagnostic.error(node.position(),
                    "front matter must be  key: value  lines, not " + node.describe(), "write e.g.  title: ..."));
        }
        return new Header(mapping, end, bodyAfter(text, close + 1), close + 2, Header.Style.YAML);
    }

    private static Header jbake(List<String> lines, int end, Path file) {
        List<YamlMapping.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            int lineNo = i + 1;
            if (eq <= 0) {
                problems.add(Diagnostic.error(SourcePosition.of(file, lineNo, 1),
                        "a JBake header line must be  key=value, not '" + line.strip() + "'",
                        "write e.g.  title=Hallo wereld, and end the header with a line  " + JBAKE_END));
                continue;
            }
            String key = line.substring(0, eq).strip();
            Integer first = seen.putIfAbsent(key, lineNo);
            if (first != null) {
                problems.add(Diagnostic.error(SourcePosition.of(file, lineNo, 1), "duplicate key '" + key
                        + "' (first written on line " + first + ")", "keep one of the two lines"));
                continue;
            }
            YamlScalar k = new YamlScalar(key, YamlScalar.Kind.STRING, SourcePosition.of(file, lineNo, 1));
            YamlScalar v = new YamlScalar(line.substring(eq + 1).strip(), YamlScalar.Kind.STRING,
                    SourcePosition.of(file, lineNo, eq + 2));
            entries.add(new YamlMapping.Entry(k, v));
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException("parse", problems);
        }
        YamlMapping mapping = new YamlMapping(entries, SourcePosition.of(file, 1, 1));
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        return new Header(mapping, SourcePosition.of(file, end + 1, 1), body, end + 2, Header.Style.JBAKE);
    }

    /** The text after line {@code lineCount} (0-based count of lines to skip), keeping its own line breaks. */
    private static String bodyAfter(String text, int lineCount) {
        int index = 0;
        for (int i = 0; i < lineCount && index >= 0; i++) {
            index = text.indexOf('\n', index);
            index = index < 0 ? -1 : index + 1;
        }
        return index < 0 ? "" : text.substring(index);
    }
}
