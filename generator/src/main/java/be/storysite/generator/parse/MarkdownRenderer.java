package be.storysite.generator.parse;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.List;

/**
 * Markdown to HTML with one flexmark parser and one renderer, configured once per build and shared by all parse
 * threads (both are immutable and thread-safe once built; building them is the expensive part).
 *
 * <pre>{@code
 * MarkdownRenderer markdown = new MarkdownRenderer();
 * markdown.render("## Aanpak {#aanpak}\n\nZe zeiden \"dank je\".");
 * // <h2 id="aanpak">Aanpak</h2>\n<p>Ze zeiden &ldquo;dank je&rdquo;.</p>
 * }</pre>
 *
 * GitHub-flavoured tables, strikethrough, autolinks, footnotes, {@code {.class #id}} attributes, heading ids,
 * typographic quotes and dashes, the {@link PullQuoteExtension pull-quote rule}, no link target that runs code
 * ({@link SafeLinks}), and tables in a container that scrolls on its own ({@link TableScrollExtension}).
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = options();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkWhereNeeded.create(), FootnoteExtension.create(), AttributesExtension.create(),
                TypographicExtension.create(), PullQuoteExtension.create(), SafeLinks.create(),
                TableScrollExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // Dutch: apostrophes in 's avonds, auto's and zo'n are right single quotes, never opening quotes.
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "&rsquo;");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // flexmark formats its HTML output line by line (prefixes, trimmed whitespace) through a char-by-char
        // appendable; with no indentation configured that work changes nothing but a newline in footnotes, and it
        // measured as a fifth of rendering a story. Pass-through appends the HTML as the renderers write it.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        return options;
    }

    /** The HTML of {@code markdown}; thread-safe. */
    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * The HTML of {@code markdown}, and whether the author wrote markup flexmark passes through as it is: raw HTML
     * (blocks, inline tags, comments) or {@code {...}} attributes other than an id or a class. Only such a document
     * needs sanitising.
     */
    public Rendered renderMarked(String markdown) {
        Document document = parser.parse(markdown);
        // No '<' and no '{': no raw HTML and no attributes, without walking the tree.
        boolean marked = (markdown.indexOf('<') >= 0 || markdown.indexOf('{') >= 0) && hasAuthorMarkup(document);
        return new Rendered(renderer.render(document), marked);
    }

    /** HTML, and whether it holds markup the author wrote (see {@link #renderMarked}). */
    public record Rendered(String html, boolean authorMarkup) {
    }

    /** A loop over the tree (its depth was bounded by {@link NestingScan}, but a loop costs no stack at all). */
    private static boolean hasAuthorMarkup(Document document) {
        Node node = document;
        while (node != null) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                return true;
            }
            // {#id} and {.class} (heading anchors, styled blocks) are common and harmless; {onclick=...} is not
            if (node instanceof AttributeNode attribute && !(attribute.isId() || attribute.isClass())) {
                return true;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == null || node == document ? null : node.getNext();
        }
        return false;
    }
}
