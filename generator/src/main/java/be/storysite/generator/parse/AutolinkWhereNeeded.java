package be.storysite.generator.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolinks (bare URLs, {@code www.} hosts and e-mail addresses become links), run only inside the
 * blocks whose source could hold one.
 *
 * <p>Why: flexmark's {@code AutolinkExtension} unescapes and scans every text node of a document, which measured
 * as a third of the whole Markdown parse on ordinary stories, while nearly every paragraph holds no link at all. The
 * linking itself is flexmark's own {@link AutolinkNodePostProcessor}, so the output is the same; this extension only
 * skips text nodes whose enclosing block's source has none of {@code ://}, {@code @}, {@code www.} and {@code &}
 * (an entity such as {@code &#64;} could spell an {@code @}).
 *
 * <pre>{@code
 * Parser.builder(options).extensions(List.of(AutolinkWhereNeeded.create())).build();
 * }</pre>
 */
public final class AutolinkWhereNeeded implements Parser.ParserExtension {

    private AutolinkWhereNeeded() {
    }

    public static AutolinkWhereNeeded create() {
        return new AutolinkWhereNeeded();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's AutolinkExtension options (IGNORE_LINKS) apply as they are
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * Whether {@code text} holds anything an autolink could start with: a URL needs {@code ://}, an e-mail address
     * {@code @}, a bare host {@code www.}; {@code &} because an entity can spell any of them.
     */
    static boolean mayHoldAutolink(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '&') {
                return true;
            }
            if (c == ':' && i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
            if (c == '.' && i >= 3 && Character.toLowerCase(text.charAt(i - 1)) == 'w'
                    && Character.toLowerCase(text.charAt(i - 2)) == 'w'
                    && Character.toLowerCase(text.charAt(i - 3)) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class); // the nodes flexmark's own factory asks for
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new WhereNeeded(new AutolinkNodePostProcessor(document));
        }
    }

    /** One per document, used by one thread: remembers the answer for the block it saw last. */
    private static final class WhereNeeded extends NodePostProcessor {

        private final AutolinkNodePostProcessor autolinks;
        private Block lastBlock;
        private boolean lastAnswer;

        WhereNeeded(AutolinkNodePostProcessor autolinks) {
            this.autolinks = autolinks;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof Block)) {
                parent = parent.getParent();
            }
            if (parent == null) {
                autolinks.process(state, node);
                return;
            }
            if (parent != lastBlock) {
                lastBlock = (Block) parent;
                lastAnswer = mayHoldAutolink(parent.getChars());
            }
            if (lastAnswer) {
                autolinks.process(state, node);
            }
        }
    }
}
