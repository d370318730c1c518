package be.storysite.generator.parse;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import be.storysite.generator.load.PackedText;
import be.storysite.generator.load.SourceFile;
import java.util.List;

/**
 * A content file after parsing: its header, and its body as HTML (Markdown rendered, HTML taken as it is).
 *
 * <pre>{@code
 * new ParsedFile(source, header, "<p>Tekst</p>");       // parsed
 * ParsedFile.unreadable(source, yamlErrors);             // a preview's: shown as a draft listing the errors
 * }</pre>
 *
 * @param body the body's HTML, packed in a large build ({@link #html()} unpacks it): every body is held until its
 *     page is rendered
 * @param problems the errors that kept the file from being parsed; only a preview keeps such a file (with an
 *     empty header and body), so that its page lists them instead of the whole preview failing
 */
public record ParsedFile(SourceFile source, Header header, PackedText body, List<Diagnostic> problems) {

    public ParsedFile {
        problems = List.copyOf(problems);
    }

    public ParsedFile(SourceFile source, Header header, String html, List<Diagnostic> problems) {
        this(source, header, PackedText.of(html), problems);
    }

    public ParsedFile(SourceFile source, Header header, String html) {
        this(source, header, html, List.of());
    }

    /** The body's HTML, unpacked anew at each call. */
    public String html() {
        return body.text();
    }

    /**
     * This file as the model keeps it until the end of the build: without the header's YAML tree (a few KB of
     * nodes and positions per file, needed only while the header is validated; see {@link Header#forModel()}) and
     * without the file's text ({@link SourceFile#withoutText()}).
     */
    public ParsedFile forModel() {
        return new ParsedFile(source.withoutText(), header.forModel(), body, problems);
    }

    /** A file whose header or body could not be parsed, with those errors. */
    public static ParsedFile unreadable(SourceFile source, List<Diagnostic> problems) {
        SourcePosition start = SourcePosition.of(source.path(), 1, 1);
        return new ParsedFile(source, new Header(new YamlMapping(List.of(), start), start, "", 1, Header.Style.YAML),
                "", problems);
    }
}
