package be.storysite.generator.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * flexmark's GitHub tables, with its paragraph pre-processor run only on paragraphs that hold a {@code |}.
 *
 * <pre>{@code
 * Parser.builder(options).extensions(List.of(TablesWhereNeeded.create())).build();
 * }</pre>
 *
 * <p>Why: {@link TablesExtension} makes a pre-processor per document (compiling its separator pattern) and looks
 * for {@code |} in every paragraph through flexmark's character-by-character sequences, about 4 % of a story's
 * Markdown CPU (JFR). The pre-processor returns at once for a paragraph without {@code |}, so skipping those
 * paragraphs, and making it only when a paragraph has one, changes nothing; the rendering is the tables
 * extension's own.
 */
public final class TablesWhereNeeded implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TablesExtension tables = (TablesExtension) TablesExtension.create();

    private TablesWhereNeeded() {
    }

    public static TablesWhereNeeded create() {
        return new TablesWhereNeeded();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        tables.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        tables.extend(builder, rendererType);
    }

    /** Whether {@code chars} holds a {@code |}; a slice of the source string is read directly. */
    static boolean hasPipe(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
                if (source.charAt(i) == '|') {
                    return true;
                }
            }
            return false;
        }
        return chars.indexOf('|') >= 0;
    }

    /** The tables' factory, with the same place among the pre-processors (after link reference definitions). */
    private record Factory(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new WhereNeeded(tables);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }

    /** One per document, used by one thread. */
    private static final class WhereNeeded implements ParagraphPreProcessor {
        private final ParagraphPreProcessorFactory tables;
        private ParagraphPreProcessor preProcessor;

        WhereNeeded(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            if (!hasPipe(block.getChars())) {
                return 0; // what the tables' pre-processor returns for a paragraph whose first line has no '|'
            }
            if (preProcessor == null) {
                preProcessor = tables.apply(state);
            }
            return preProcessor.preProcessBlock(block, state);
        }
    }
}
