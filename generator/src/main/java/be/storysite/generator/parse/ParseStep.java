package be.storysite.generator.parse;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.config.MarkdownConfig;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.load.SourceFormat;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import java.util.List;
import java.util.Objects;

/**
 * Step {@code parse}: splits each file into header and body and renders Markdown bodies, on all cores, with
 * the one {@link MarkdownRenderer} of the build. A file with a broken header is reported and left out of the
 * next steps; the others go on, so one run lists every broken file.
 */
public final class ParseStep implements Step<List<SourceFile>, List<ParsedFile>> {

    private final HeaderReader headers = new HeaderReader();
    private final MarkdownRenderer markdown;
    /** Null when the site trusts raw HTML ({@code markdown.raw_html: trusted}). */
    private final HtmlSanitizer sanitizer;

    /** @param sanitizer cleans bodies with raw HTML; null to write them as the author did */
    public ParseStep(MarkdownRenderer markdown, HtmlSanitizer sanitizer) {
        this.markdown = markdown;
        this.sanitizer = sanitizer;
    }

    /** The parse step of a site configured with {@code markdown}. */
    public static ParseStep of(MarkdownRenderer renderer, MarkdownConfig markdown) {
        return new ParseStep(renderer, markdown.trustRawHtml() ? null : new HtmlSanitizer(markdown.iframeHosts()));
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public List<ParsedFile> run(List<SourceFile> files, BuildContext context) {
        return context.parallel(name(), files, SourceFile::path, file -> parse(file, context)).stream()
                .filter(Objects::nonNull).toList();
    }

    /**
     * One file, its problems reported to {@code context}; null when its header is broken (in a preview, a file
     * that carries its errors, {@link ParsedFile#unreadable}). Public for the
     * incremental build, which re-parses only the files that changed.
     */
    public ParsedFile parse(SourceFile file, BuildContext context) {
        try {
            Header header = headers.read(file.text(), file.path());
            String html = file.format() == SourceFormat.HTML ? sanitized(header.body(), true) : markdown(file, header);
            // the Markdown body is read: not kept twice; the HTML is held packed if the file was
            return new ParsedFile(file, header.withoutBody(), file.packed().like(html), List.of());
        } catch (DiagnosticException e) {
            if (context.options().preview()) {
                return ParsedFile.unreadable(file, e.diagnostics()); // its page lists them; the preview goes on
            }
            context.problems().addAll(e.diagnostics());
            return null;
        }
    }

    /** The body's HTML; Markdown nested too deeply for flexmark's recursive walks is an error at its place. */
    private String markdown(SourceFile file, Header header) {
        int tooDeep = NestingScan.firstTooDeep(header.body());
        if (tooDeep >= 0) {
            throw new DiagnosticException(name(), NestingScan.error(file.path(), header, tooDeep));
        }
        MarkdownRenderer.Rendered rendered;
        try {
            rendered = markdown.renderMarked(header.body());
        } catch (StackOverflowError e) {
            // nesting NestingScan does not count (emphasis in emphasis, thousands deep): safe to catch, the stack
            // has unwound and the parse shared nothing; the other files go on
            String body = header.body();
            int text = body.length() - body.stripLeading().length(); // the first line with text
            throw new DiagnosticException(name(), Diagnostic.error(SourcePosition.atOffset(file.path(), body, text,
                    header.bodyLine()), "Markdown nested too deeply to render (emphasis or links inside each other thousands of times)",
                    "no page needs more than a few levels: flatten it"));
        }
        return sanitized(rendered.html(), rendered.authorMarkup());
    }

    /** Bodies without markup of the author's own are left as flexmark wrote them: cleaning costs a Jsoup parse. */
    private String sanitized(String html, boolean authorMarkup) {
        return sanitizer != null && authorMarkup ? sanitizer.clean(html) : html;
    }
}
