package be.storysite.generator.parse;

import be.storysite.core.html.HtmlText;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wraps every Markdown table in a container that scrolls sideways on its own, so a wide table never makes the
 * page wider than a phone's screen. The container can take keyboard focus (to scroll it without a mouse) and is a
 * named region, as axe-core's {@code scrollable-region-focusable} rule asks; its name is the table's caption, else
 * the heading just before it, else its column headers, so it is in the page's own language.
 *
 * <pre>{@code
 * ## Wat u krijgt
 *
 * | Onderdeel | Inbegrepen |
 * |---|---|
 * | SOC | 24/7 |
 * }</pre>
 *
 * becomes {@code <div class="table-scroll" tabindex="0" role="region" aria-label="Wat u krijgt"><table>…</table></div>}.
 */
public final class TableScrollExtension implements HtmlRenderer.HtmlRendererExtension {

    private TableScrollExtension() {
    }

    public static TableScrollExtension create() {
        return new TableScrollExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** The name of the region around {@code table}. */
    static String label(TableBlock table) {
        TextCollectingVisitor text = new TextCollectingVisitor();
        for (Node child : table.getChildren()) {
            if (child instanceof TableCaption caption) {
                return text.collectAndGetText(caption).strip();
            }
        }
        if (table.getPrevious() instanceof Heading heading) {
            return text.collectAndGetText(heading).strip();
        }
        List<String> headers = new ArrayList<>();
        for (Node child : table.getChildren()) {
            if (child instanceof TableHead head) {
                for (Node cell : head.getDescendants()) {
                    if (cell instanceof TableCell) {
                        headers.add(text.collectAndGetText(cell).strip());
                    }
                }
            }
        }
        return String.join(", ", headers);
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> {
                html.line().raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                        .raw(HtmlText.escape(label(node))).raw("\">");
                context.delegateRender(); // the tables extension's own rendering, inside the container
                html.raw("</div>").line();
            }));
        }
    }
}
