package be.storysite.core.yaml;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.SourcePosition;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into {@link YamlNode}s that keep their line and column.
 *
 * <pre>{@code
 * // front matter that starts on line 2 of the file (line 1 is the opening ---)
 * YamlNode fm = YamlReader.read(block, Path.of("content/stories/haacht.md"), 1);
 * }</pre>
 *
 * <p>Stateless and thread-safe: each call makes its own SnakeYAML composer, which is cheap (no reflection, no
 * object construction), unlike a SnakeYAML {@code Constructor}.
 */
public final class YamlReader {

    private YamlReader() {
    }

    /**
     * Composes {@code text} as one YAML document.
     *
     * @param text the YAML
     * @param file the file it came from, for positions
     * @param lineOffset how many lines of {@code file} come before {@code text}
     * @return the root node; an empty mapping for empty text
     * @throws DiagnosticException with a positioned error for invalid YAML or a duplicate key
     */
    public static YamlNode read(String text, Path file, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? SourcePosition.of(file)
                    : SourcePosition.of(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new DiagnosticException("parse", Diagnostic.error(at, "invalid YAML: " + problem,
                    "check the indentation and quote values that contain ': ' or start with a special character"));
        } catch (YAMLException e) {
            // SnakeYAML's limits (nesting depth, aliases, size) say no place: the last event read before is it
            throw new DiagnosticException("parse", Diagnostic.error(lastEventBefore(text, options, file, lineOffset),
                    "invalid YAML: " + e.getMessage(), "check the YAML syntax; nesting is limited to "
                            + options.getNestingDepthLimit() + " levels and aliases of collections to "
                            + options.getMaxAliasesForCollections()));
        }
        if (root == null) {
            return new YamlMapping(List.of(), SourcePosition.of(file, 1 + lineOffset, 1));
        }
        return convert(root, file, lineOffset, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * @param open the collections being converted, from the root down to {@code node}: an alias to one of them is a
     *     loop ({@code title: &a [*a]}), which SnakeYAML composes into a node that contains itself and which would
     *     otherwise be converted until the stack overflows
     */
    /**
     * Where SnakeYAML's composer stopped on {@code text}: the first collection nested deeper than the limit, else
     * the last event its parser read before it failed.
     */
    private static SourcePosition lastEventBefore(String text, LoaderOptions options, Path file, int lineOffset) {
        Mark last = null;
        int depth = 0;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                last = event.getStartMark();
                if (event instanceof CollectionStartEvent && ++depth > options.getNestingDepthLimit()) {
                    break;
                }
                if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // expected: the same failure, now with the last event read
        }
        return last == null ? SourcePosition.of(file)
                : SourcePosition.of(file, last.getLine() + 1 + lineOffset, last.getColumn() + 1);
    }

    private static YamlNode convert(Node node, Path file, int lineOffset, Set<Node> open) {
        SourcePosition at = position(node, file, lineOffset);
        if (node instanceof ScalarNode scalar) {
            return new YamlScalar(scalar.getValue(), kindOf(scalar.getTag()), at);
        }
        if (!open.add(node)) {
            String anchor = node.getAnchor() == null ? "" : " &" + node.getAnchor();
            throw new DiagnosticException("parse", Diagnostic.error(at, "invalid YAML: the alias of anchor" + anchor
                    + " is used inside the value it names, a loop without end",
                    "an alias (*name) may only repeat a value written before it and outside it; write the value out"));
        }
        try {
            return collection(node, at, file, lineOffset, open);
        } finally {
            open.remove(node);
        }
    }

    private static YamlNode collection(Node node, SourcePosition at, Path file, int lineOffset, Set<Node> open) {
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, file, lineOffset, open));
            }
            return new YamlSequence(items, at);
        }
        MappingNode mapping = (MappingNode) node;
        List<YamlMapping.Entry> entries = new ArrayList<>();
        Map<String, SourcePosition> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = convert(tuple.getKeyNode(), file, lineOffset, open);
            if (!(key instanceof YamlScalar scalarKey)) {
                throw new DiagnosticException("parse", Diagnostic.error(key.position(),
                        "a key must be a plain word, not " + key.describe(), "write keys as  name: value"));
            }
            SourcePosition first = seen.putIfAbsent(scalarKey.text(), scalarKey.position());
            if (first != null) {
                throw new DiagnosticException("parse", Diagnostic.error(scalarKey.position(),
                        "duplicate key '" + scalarKey.text() + "' (first written on line " + first.line() + ")",
                        "keep one of the two lines"));
            }
            entries.add(new YamlMapping.Entry(scalarKey, convert(tuple.getValueNode(), file, lineOffset, open)));
        }
        return new YamlMapping(entries, at);
    }

    private static SourcePosition position(Node node, Path file, int lineOffset) {
        Mark mark = node.getStartMark();
        return mark == null ? SourcePosition.of(file)
                : SourcePosition.of(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static YamlScalar.Kind kindOf(Tag tag) {
        if (Tag.INT.equals(tag)) {
            return YamlScalar.Kind.INT;
        }
        if (Tag.FLOAT.equals(tag)) {
            return YamlScalar.Kind.FLOAT;
        }
        if (Tag.BOOL.equals(tag)) {
            return YamlScalar.Kind.BOOL;
        }
        if (Tag.NULL.equals(tag)) {
            return YamlScalar.Kind.NULL;
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return YamlScalar.Kind.TIMESTAMP;
        }
        return YamlScalar.Kind.STRING;
    }
}
