package be.storysite.generator.postprocess;

import be.storysite.core.html.HtmlText;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.assets.AssetIndex;
import java.net.URI;
import java.net.URISyntaxException;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last touch on every HTML page, from its tags ({@link PageTags}: one scan, no DOM):
 * <ul>
 *   <li>every internal link and asset reference must point at a page of this build or a file under
 *       {@code assets/}; a broken one is an error at the line that wrote it;</li>
 *   <li>CSS and JS references get their fingerprinted names;</li>
 *   <li>external links get {@code rel="noopener"};</li>
 *   <li>images get {@code width}/{@code height} from the file, {@code loading="lazy"}, {@code decoding="async"};</li>
 *   <li>headings with an id inside {@code [data-anchors]} get a {@code #} link to themselves.</li>
 * </ul>
 * One instance serves all render threads; it only reads shared state.
 */
public final class HtmlPostProcessor {

    private final Set<String> pages;
    private final AssetIndex assets;
    private final ImageSizes sizes;
    private final LinkLocator locator;
    private final String baseUrl;
    /** {@code baseUrl} lower-cased plus {@code /}: made once, not for every link. */
    private final String baseUrlPrefix;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    /** Root-relative links resolve the same on every page: resolved once (nav, footer and filter links repeat). */
    private final Map<String, Optional<URI>> rootRelative = new ConcurrentHashMap<>();

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");

    /**
     * @param pages every URL this build writes (pages, feeds, form definitions), e.g. {@code /klantverhalen/}
     * @param baseUrl the site's absolute URL: links to it are checked like internal ones
     */
    public HtmlPostProcessor(Set<String> pages, AssetIndex assets, ImageSizes sizes, LinkLocator locator,
            String baseUrl) {
        this.pages = Set.copyOf(pages);
        this.assets = assets;
        this.sizes = sizes;
        this.locator = locator;
        this.baseUrl = baseUrl;
        this.baseUrlPrefix = baseUrl.toLowerCase(Locale.ROOT) + "/";
    }

    /**
     * The page with its links checked and the changes above made. Only those changes are made: the rest of the
     * text stays exactly as the template wrote it (see {@link SourceEdits}).
     */
    public String process(String html, PageSource source, Diagnostics problems) {
        PageTags tags = PageTags.scan(html);
        SourceEdits edits = new SourceEdits(html);
        Map<String, Integer> occurrences = new HashMap<>(); // per link value: how often met on this page so far
        for (PageTags.Element element : tags.elements()) {
            if (element.has("href")) {
                check(tags, element, "href", source, problems, edits, occurrences);
            } else if (element.has("src")) {
                check(tags, element, "src", source, problems, edits, occurrences);
            }
            String tag = element.name();
            if (tag.equals("img")) {
                if (!element.has("loading")) {
                    edits.setAttribute(element, "loading", "lazy");
                }
                if (!element.has("decoding")) {
                    edits.setAttribute(element, "decoding", "async");
                }
            } else if (element.insideAnchors() && HEADINGS.contains(tag)) {
                String id = element.value("id");
                if (!id.isEmpty()) {
                    edits.beforeEndTag(element, "<a class=\"anchor\" href=\"#" + HtmlText.escape(id)
                            + "\" aria-hidden=\"true\" tabindex=\"-1\">#</a>");
                }
            }
        }
        return edits.apply();
    }

    private void check(PageTags page, PageTags.Element element, String attribute, PageSource source,
            Diagnostics problems, SourceEdits edits, Map<String, Integer> occurrences) {
        String value = element.value(attribute).strip();
        int occurrence = occurrences.merge(value, 1, Integer::sum) - 1;
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")
                || lower.startsWith("javascript:")) {
            return;
        }
        if (value.startsWith("#")) {
            if (value.length() > 1 && !page.hasId(value.substring(1))) {
                report(value, occurrence, "points at no element with id '" + value.substring(1) + "' on this page",
                        source, problems);
            }
            return;
        }
        String local = value;
        if (lower.startsWith(baseUrlPrefix)) {
            local = value.substring(baseUrl.length());
        } else if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
            if (element.name().equals("a")) {
                String written = element.value("rel");
                Set<String> rel = new LinkedHashSet<>(java.util.Arrays.asList(written.split("\\s+")));
                rel.remove("");
                rel.add("noopener");
                if (!written.equals(String.join(" ", rel))) {
                    edits.setAttribute(element, "rel", String.join(" ", rel));
                }
            }
            return;
        }
        String path;
        String suffix;
        if (isPlainPath(local)) {
            path = local; // what URI resolution would give, without making URIs for every link of every page
            suffix = "";
        } else {
            Optional<URI> resolved = local.startsWith("/") && !local.startsWith("//")
                    ? rootRelative.computeIfAbsent(local, l -> resolve("/", l)) : resolve(source.url(), local);
            if (resolved.isEmpty()) {
                report(value, occurrence, "is not a valid URL", source, problems);
                return;
            }
            path = resolved.get().getPath();
            suffix = suffix(resolved.get());
        }
        if (!exists(path)) {
            boolean image = element.name().equals("img");
            report(value, occurrence, image ? "names a missing image: no file " + path + " under assets/"
                    : "leads nowhere: this build writes no page or file at " + path, source, problems);
            return;
        }
        Optional<String> fingerprinted = assets.rewrite(path);
        if (fingerprinted.isPresent() && local == value) {
            edits.setAttribute(element, attribute, fingerprinted.get() + suffix);
        }
        if (element.name().equals("img") && !(element.has("width") || element.has("height"))) {
            assets.file(path).flatMap(sizes::of).ifPresent(size -> {
                edits.setAttribute(element, "width", String.valueOf(size.width()));
                edits.setAttribute(element, "height", String.valueOf(size.height()));
            });
        }
    }

    /**
     * Whether {@code link} is a root-relative path that URI resolution leaves as it is: only unreserved
     * characters and slashes, no {@code //}, no {@code .} or {@code ..} segment (no {@code /.} at all), no query,
     * fragment or escape. Nearly every link a template writes ({@code /klantverhalen/haacht/}) is one.
     */
    static boolean isPlainPath(String link) {
        if (link.isEmpty() || link.charAt(0) != '/' || link.contains("//") || link.contains("/.")) {
            return false;
        }
        for (int i = 1; i < link.length(); i++) {
            char c = link.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/'
                    || c == '-' || c == '_' || c == '.' || c == '~';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private boolean exists(String path) {
        if (pages.contains(path) || assets.exists(path)) {
            return true;
        }
        if (path.endsWith("/index.html")) {
            return pages.contains(path.substring(0, path.length() - "index.html".length()));
        }
        return !path.endsWith("/") && pages.contains(path + "/");
    }

    private static Optional<URI> resolve(String pageUrl, String link) {
        try {
            URI uri = new URI("http", "site", pageUrl, null).resolve(new URI(link));
            return uri.getPath() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String suffix(URI uri) {
        return (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private void report(String link, int occurrence, String why, PageSource source, Diagnostics problems) {
        SourcePosition at = locator.find(link, occurrence, source.contentFile(), source.contentText(),
                source.template());
        if (reported.add(at + " " + link)) {
            problems.error(at, "broken link '" + link + "' " + why + " (on " + source.url() + ")",
                    "fix the link, or add what it points to; links are checked against every page of this build "
                            + "and every file under assets/");
        }
    }

}
