package be.storysite.generator.parse;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
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
 * typographic quotes and dashes, and the {@link PullQuoteExtension pull-quote rule}.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    /** The same parser without autolinks, for text that holds nothing an autolink could start with. */
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = options(true);
        this.parser = Parser.builder(options).build();
        this.parserWithoutAutolinks = Parser.builder(options(false)).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    private static MutableDataSet options(boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(),
                StrikethroughExtension.create(), FootnoteExtension.create(), AttributesExtension.create(),
                TypographicExtension.create(), PullQuoteExtension.create()));
        if (autolinks) {
            extensions.add(2, AutolinkExtension.create()); // the order it always had
        }
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
        return options;
    }

    /** The HTML of {@code markdown}; thread-safe. */
    public String render(String markdown) {
        return renderer.render((mayHoldAutolink(markdown) ? parser : parserWithoutAutolinks).parse(markdown));
    }

    /**
     * Whether {@code text} holds anything flexmark's autolink extension could turn into a link: a URL needs
     * {@code ://}, an e-mail address {@code @}, a bare host {@code www.}. The extension runs regular expressions
     * over every text node, the costliest part of parsing (measured); most stories have no bare URL at all.
     */
    static boolean mayHoldAutolink(String text) {
        if (text.indexOf('@') >= 0 || text.contains("://")) {
            return true;
        }
        for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
