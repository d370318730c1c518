package be.storysite.generator.parse;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Drops the target of a Markdown link or image whose URL runs code: {@code javascript:}, {@code vbscript:} or
 * {@code data:}, in every spelling a browser accepts ({@code JaVaScRiPt:}, {@code &#106;avascript:},
 * {@code java&#x09;script:}, leading spaces). The text stays, as a link without a target.
 *
 * <pre>{@code
 * [klik](JaVaScRiPt:alert(1))   ->  <a>klik</a>
 * [klik](https://vicinia.be)    ->  <a href="https://vicinia.be">klik</a>
 * }</pre>
 *
 * Why: flexmark's own {@code SUPPRESSED_LINKS} compares the URL as written, case-sensitively, with
 * {@code javascript:}, so only the lower-case spelling was dropped. This looks at the URL as the browser will
 * read it: entities decoded, then the ASCII whitespace and control characters it strips from a scheme removed.
 */
public final class SafeLinks implements HtmlRenderer.HtmlRendererExtension {

    private static final Set<String> UNSAFE = Set.of("javascript", "vbscript", "data");

    private SafeLinks() {
    }

    public static SafeLinks create() {
        return new SafeLinks();
    }

    /** Whether {@code url} (as written in HTML or Markdown) runs code or embeds a document when followed. */
    public static boolean unsafe(String url) {
        String decoded = Parser.unescapeEntities(url, true);
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == ':') {
                return UNSAFE.contains(scheme.toString().toLowerCase(Locale.ROOT));
            }
            if (c <= ' ') {
                continue; // browsers strip tabs, newlines and control characters from a URL
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false; // a path, query or fragment before any ':' : relative
            }
            scheme.append(c);
        }
        return false;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // none
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return SafeLinks::check;
            }
        });
    }

    private static void check(com.vladsch.flexmark.util.ast.Node node, AttributablePart part,
            MutableAttributes attributes) {
        for (String name : new String[] {"href", "src"}) {
            if (attributes.contains(name) && unsafe(attributes.getValue(name))) {
                attributes.remove(name);
            }
        }
    }
}
