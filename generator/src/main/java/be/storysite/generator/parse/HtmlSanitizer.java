package be.storysite.generator.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of a content body that holds raw HTML with jsoup's {@link Cleaner}: only the elements and
 * attributes of an allow-list stay, and link targets only with a safe scheme.
 *
 * <pre>{@code
 * HtmlSanitizer sanitizer = new HtmlSanitizer(List.of("www.youtube-nocookie.com"));
 * sanitizer.clean("<p onclick=\"x()\">Hallo<script>alert(1)</script></p>");   // <p>Hallo</p>
 * }</pre>
 *
 * The allow-list (docs/content-model.md lists it): jsoup's {@link Safelist#relaxed() relaxed} list (text
 * formatting, headings, lists, tables, images, links, quotes, code), plus {@code figure}, {@code figcaption},
 * {@code details}, {@code summary}, {@code hr}, {@code mark}, {@code abbr}, {@code section}, {@code aside};
 * {@code id}, {@code class}, {@code title}, {@code lang} and {@code dir} on every element (heading anchors and
 * {@code {.class}} attributes keep working); links over http, https, mailto, tel or to a {@code #fragment} or a
 * relative path; images over http or https; and an {@code <iframe>} only over https from one of the allowed
 * hosts. Everything else goes: {@code script}, {@code style}, {@code form}, {@code svg}, {@code object}, every
 * {@code on...} handler, {@code style}, {@code srcdoc}, {@code formaction}, and {@code javascript:},
 * {@code vbscript:} and {@code data:} URLs in any spelling (jsoup decodes entities and strips control characters
 * before it compares the scheme). Immutable and thread-safe: one per build, shared by the parse threads.
 */
public final class HtmlSanitizer {

    /** Any absolute base: jsoup needs one to judge a relative link safe; relative links are written as they were. */
    private static final String BASE = "https://storysite.invalid/";

    private final Safelist safelist;
    private final Set<String> iframeHosts;

    /** @param iframeHosts the hosts an {@code <iframe>} may show, e.g. {@code player.vimeo.com} */
    public HtmlSanitizer(List<String> iframeHosts) {
        this.iframeHosts = iframeHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "details", "summary", "hr", "mark", "abbr", "section", "aside",
                        "iframe")
                .addAttributes(":all", "id", "class", "title", "lang", "dir")
                .addAttributes("a", "rel")
                .addAttributes("img", "loading", "decoding")
                .addAttributes("details", "open")
                .addAttributes("iframe", "src", "width", "height", "allow", "allowfullscreen", "loading",
                        "referrerpolicy")
                .addProtocols("a", "href", "#", "http", "https", "mailto", "tel")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("iframe", "src", "https")
                .preserveRelativeLinks(true);
    }

    /** {@code html} (a body fragment) with only what the allow-list keeps. */
    public String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element iframe : clean.body().getElementsByTag("iframe")) {
            if (!allowedFrame(iframe.attr("src"))) {
                iframe.remove();
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private boolean allowedFrame(String src) {
        try {
            URI uri = new URI(src.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && iframeHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
