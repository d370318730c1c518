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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Markdown to HTML with flexmark, configured once per build and shared by all parse threads (parsers and renderers
 * are immutable and thread-safe once built; building them is the expensive part). Each body is parsed and rendered
 * with only the extensions its text may need ({@link OptionalSyntax}); the HTML is the same as with all of them.
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

    /** Per set of {@link OptionalSyntax} bits, the parser and renderer with just those extensions; built once. */
    private final AtomicReferenceArray<Flavour> flavours = new AtomicReferenceArray<>(OptionalSyntax.ALL + 1);

    /** A parser and the renderer built from the same options. */
    private record Flavour(Parser parser, HtmlRenderer renderer) {
        static Flavour of(int syntax) {
            MutableDataSet options = options(syntax);
            return new Flavour(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
        }
    }

    /**
     * The parser and renderer for a body that may use {@code syntax}. Why several: each extension costs on every
     * body (the typographic one makes every {@code .} and {@code -} a special character, the tables one scans
     * every paragraph for {@code |}), and most bodies use few of them. Built on first use, at most one per set;
     * two threads may both build the first one of a set, and either is kept (they are equal).
     */
    private Flavour flavour(int syntax) {
        Flavour flavour = flavours.get(syntax);
        if (flavour == null) {
            flavours.compareAndSet(syntax, null, Flavour.of(syntax));
            flavour = flavours.get(syntax);
        }
        return flavour;
    }

    private static MutableDataSet options(int syntax) {
        List<Extension> extensions = new ArrayList<>();
        if ((syntax & OptionalSyntax.TABLES.bit) != 0) {
            extensions.add(TablesWhereNeeded.create());
            extensions.add(TableScrollExtension.create());
        }
        if ((syntax & OptionalSyntax.STRIKETHROUGH.bit) != 0) {
            extensions.add(StrikethroughExtension.create());
        }
        if ((syntax & OptionalSyntax.AUTOLINKS.bit) != 0) {
            extensions.add(AutolinkWhereNeeded.create());
        }
        if ((syntax & OptionalSyntax.FOOTNOTES.bit) != 0) {
            extensions.add(FootnoteExtension.create());
        }
        if ((syntax & OptionalSyntax.ATTRIBUTES.bit) != 0) {
            extensions.add(AttributesExtension.create());
        }
        if ((syntax & OptionalSyntax.TYPOGRAPHY.bit) != 0) {
            extensions.add(TypographicExtension.create());
        }
        extensions.addAll(List.of(PullQuoteExtension.create(), SafeLinks.create(), PlainTextExtension.create()));
        return options(extensions);
    }

    /** The options of every configuration, with {@code extensions}. */
    static MutableDataSet options(List<Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
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
        Flavour flavour = flavour(OptionalSyntax.in(markdown));
        return flavour.renderer().render(flavour.parser().parse(markdown));
    }

    /**
     * The HTML of {@code markdown}, and whether the author wrote markup flexmark passes through as it is: raw HTML
     * (blocks, inline tags, comments) or {@code {...}} attributes other than an id or a class. Only such a document
     * needs sanitising.
     */
    public Rendered renderMarked(String markdown) {
        Flavour flavour = flavour(OptionalSyntax.in(markdown));
        Document document = flavour.parser().parse(markdown);
        // No '<' and no '{': no raw HTML and no attributes, without walking the tree.
        boolean marked = (markdown.indexOf('<') >= 0 || markdown.indexOf('{') >= 0) && hasAuthorMarkup(document);
        return new Rendered(flavour.renderer().render(document), marked);
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
