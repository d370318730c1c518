package be.storysite.generator.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pull-quote rule: a blockquote whose last line starts with {@code -- } or {@code — } is a quote with its
 * attribution.
 *
 * <pre>{@code
 * > Binnen drie dagen werkte 90% van onze administratie van thuis uit.
 * > — Sofie Verlinden, ICT-coördinator
 * }</pre>
 *
 * becomes {@code <figure class="quote"><blockquote><p>Binnen …</p></blockquote><figcaption>Sofie Verlinden,
 * ICT-coördinator</figcaption></figure>}.
 *
 * <p>Done on the syntax tree, not on the HTML, so inline Markdown in the attribution (a link, emphasis) keeps
 * working. The marker is recognised on the source text, because the typographic extension has already turned
 * {@code --} into an en dash node by the time this runs.
 */
public final class PullQuoteExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private static final Pattern ATTRIBUTION = Pattern.compile("^(--|—)\\s+\\S.*", Pattern.DOTALL);

    private PullQuoteExtension() {
    }

    public static PullQuoteExtension create() {
        return new PullQuoteExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** {@code <figure class="quote">}: the blockquote and its caption. */
    public static final class PullQuote extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** {@code <figcaption>}: who said it. */
    public static final class Attribution extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Rewriter();
        }
    }

    private static final class Rewriter extends NodePostProcessor {
        @Override
        public void process(NodeTracker state, Node node) {
            if (!(node instanceof BlockQuote quote) || !(quote.getLastChild() instanceof Paragraph last)) {
                return;
            }
            Node lineBreak = null;
            for (Node child = last.getLastChild(); child != null; child = child.getPrevious()) {
                if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                    lineBreak = child;
                    break;
                }
            }
            Node start = lineBreak == null ? last.getFirstChild() : lineBreak.getNext();
            if (start == null) {
                return;
            }
            String line = start.getChars().getBaseSequence()
                    .subSequence(start.getStartOffset(), last.getChars().trimEnd().getEndOffset()).toString();
            if (!ATTRIBUTION.matcher(line.strip()).matches()) {
                return;
            }
            Attribution attribution = new Attribution();
            List<Node> moved = new ArrayList<>();
            for (Node n = start; n != null; n = n.getNext()) {
                moved.add(n);
            }
            moved.forEach(n -> {
                n.unlink();
                attribution.appendChild(n);
            });
            if (lineBreak != null) {
                lineBreak.unlink();
            }
            if (!last.hasChildren()) {
                last.unlink();
            }
            stripMarker(attribution);
            PullQuote figure = new PullQuote();
            quote.insertBefore(figure);
            quote.unlink();
            figure.appendChild(quote);
            figure.appendChild(attribution);
            state.nodeAddedWithChildren(figure);
        }

        /** Removes the leading {@code -- } or {@code — }, whichever node the typographic extension made of it. */
        private static void stripMarker(Attribution attribution) {
            Node first = attribution.getFirstChild();
            if (first instanceof TypographicSmarts) {
                Node next = first.getNext();
                first.unlink();
                first = next;
            }
            if (first instanceof Text text) {
                BasedSequence chars = text.getChars();
                int i = 0;
                while (i < chars.length() && (chars.charAt(i) == '-' || chars.charAt(i) == '—')) {
                    i++;
                }
                text.setChars(chars.subSequence(i).trimStart());
            }
        }
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(PullQuote.class, (node, context, html) -> {
                        html.line().raw("<figure class=\"quote\">");
                        context.renderChildren(node);
                        html.raw("</figure>").line();
                    }),
                    new NodeRenderingHandler<>(Attribution.class, (node, context, html) -> {
                        html.raw("<figcaption>");
                        context.renderChildren(node);
                        html.raw("</figcaption>");
                    }));
        }
    }
}
