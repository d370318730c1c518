package be.storysite.generator.parse;

import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import java.util.List;

/**
 * A content file split into its header and its body.
 *
 * @param fields the header's keys and values, with the line and column each was written at
 * @param end where a missing key would go: the closing {@code ---} or {@code ~~~~~~} line
 * @param body everything after the header
 * @param bodyLine the file line the body starts on (1-based)
 * @param style which header style the file uses
 */
public record Header(YamlMapping fields, SourcePosition end, String body, int bodyLine, Style style) {

    /** This header without its body: once the body is rendered, a copy of most of the file no one reads. */
    public Header withoutBody() {
        return new Header(fields, end, "", bodyLine, style);
    }

    /**
     * This header without its key/value tree and body (a few KB of nodes and positions per file, needed only while
     * the header is validated), keeping where it ends and its style: what a file's model needs until the end of
     * the build.
     */
    public Header forModel() {
        return new Header(new YamlMapping(List.of(), end), end, "", bodyLine, style);
    }

    /** YAML front matter between {@code ---} lines, or JBake's {@code key=value} lines ended by {@code ~~~~~~}. */
    public enum Style { YAML, JBAKE }
}
