package be.storysite.generator.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Renders plain text nodes (no backslash escape, entity, carriage return or HTML special character) by copying
 * them; any other text node is rendered exactly as flexmark's core renderer does.
 *
 * <pre>{@code
 * HtmlRenderer.builder(options).extensions(List.of(PlainTextExtension.create())).build();
 * }</pre>
 *
 * <p>Why: flexmark renders every text node as {@code escapeHtml(normalizeEOL(unescape(text)))}: two regular
 * expression searches and a character-by-character copy, about a third of rendering a story (JFR), although
 * nearly every text node of a story holds none of {@code \ & \r < > "} and all three are then the identity. One
 * scan of the text decides; the output is the same byte for byte.
 */
public final class PlainTextExtension implements HtmlRenderer.HtmlRendererExtension {

    private PlainTextExtension() {
    }

    public static PlainTextExtension create() {
        return new PlainTextExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> RENDERER);
    }

    /** Stateless, so one serves every document and thread. */
    private static final NodeRenderer RENDERER = new NodeRenderer() {
        private final Set<NodeRenderingHandler<?>> handlers = Set.of(new NodeRenderingHandler<>(Text.class,
                (node, context, html) -> {
                    String text = text(node.getChars());
                    if (plain(text)) {
                        html.raw(text);
                    } else {
                        html.text(Escaping.normalizeEOL(node.getChars().unescape())); // flexmark's own rendering
                    }
                }));

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return handlers;
        }
    };

    /** The characters of {@code chars}; a slice of the source string is copied at once, not char by char. */
    static String text(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            return source.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /** Whether unescaping, normalising line ends and escaping for HTML all leave {@code text} as it is. */
    static boolean plain(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return false;
                }
                default -> {
                    // plain
                }
            }
        }
        return true;
    }
}
