package be.storysite.generator.postprocess;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.assets.AssetIndex;
import java.net.URI;
import java.net.URISyntaxException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Entities;

/**
 * The last touch on every HTML page, made in one scan of its tags ({@link TagScanner}) and written as small edits
 * to the template's output ({@link TextEdits}), not by parsing and re-serialising the page:
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

    public String process(String html, PageSource source, Diagnostics problems) {
        PageWalk walk = new PageWalk(source, problems);
        TagScanner.scan(html, walk);
        walk.checkFragments();
        return walk.edits.apply(html);
    }

    /**
     * One page's pass: checks and edits each start tag as the scanner meets it, remembers ids for the
     * {@code #fragment} links (checked at the end: a link may precede its target) and which headings get anchors.
     */
    private final class PageWalk implements TagScanner.Visitor {

        private final PageSource source;
        private final Diagnostics problems;
        private final TextEdits edits = new TextEdits();
        private final Set<String> ids = new HashSet<>();
        private final List<String> fragments = new ArrayList<>();
        /** The element that has {@code data-anchors}, and how many of its name are open (it included). */
        private String anchorsTag;
        private int anchorsDepth;
        /** The heading (h2-h4 with an id inside {@code [data-anchors]}) waiting for its end tag, and its id. */
        private String heading;
        private String headingId;

        PageWalk(PageSource source, Diagnostics problems) {
            this.source = source;
            this.problems = problems;
        }

        @Override
        public void start(TagScanner.StartTag tag) {
            String tagName = tag.name();
            Optional<TagScanner.Attribute> id = tag.find("id");
            id.ifPresent(a -> ids.add(a.value()));
            Optional<TagScanner.Attribute> link = tag.find("href").or(() -> tag.find("src"));
            link.ifPresent(a -> check(tag, a, source, problems, edits, fragments));
            if (tagName.equals("img")) {
                if (!tag.has("loading")) {
                    edits.insert(tag.insertAt(), " loading=\"lazy\"");
                }
                if (!tag.has("decoding")) {
                    edits.insert(tag.insertAt(), " decoding=\"async\"");
                }
            }
            if (anchorsTag == null) {
                if (tag.has("data-anchors") && !tag.selfClosing()) {
                    anchorsTag = tagName;
                    anchorsDepth = 1;
                }
            } else if (tagName.equals(anchorsTag) && !tag.selfClosing()) {
                anchorsDepth++;
            } else if (HEADINGS.contains(tagName) && id.isPresent() && !id.get().value().isEmpty()) {
                heading = tagName;
                headingId = id.get().value();
            }
        }

        @Override
        public void end(String name, int at) {
            if (name.equals(heading)) {
                edits.insert(at, "<a class=\"anchor\" href=\"#" + Entities.escape(headingId)
                        + "\" aria-hidden=\"true\" tabindex=\"-1\">#</a>");
                heading = null;
            } else if (name.equals(anchorsTag) && --anchorsDepth == 0) {
                anchorsTag = null;
            }
        }

        void checkFragments() {
            for (String fragment : fragments) {
                if (!ids.contains(fragment.substring(1))) {
                    report(fragment, "points at no element with id '" + fragment.substring(1) + "' on this page",
                            source, problems);
                }
            }
        }
    }

    private void check(TagScanner.StartTag element, TagScanner.Attribute attribute, PageSource source,
            Diagnostics problems, TextEdits edits, List<String> fragments) {
        String value = attribute.value().strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || lower.startsWith("mailto:") || lower.startsWith("tel:") || lower.startsWith("data:")
                || lower.startsWith("javascript:")) {
            return;
        }
        if (value.startsWith("#")) {
            if (value.length() > 1) {
                fragments.add(value);
            }
            return;
        }
        String local = value;
        if (lower.startsWith(baseUrlPrefix)) {
            local = value.substring(baseUrl.length());
        } else if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
            if (element.name().equals("a")) {
                noopener(element, edits);
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
                report(value, "is not a valid URL", source, problems);
                return;
            }
            path = resolved.get().getPath();
            suffix = suffix(resolved.get());
        }
        if (!exists(path)) {
            boolean image = element.name().equals("img");
            report(value, image ? "names a missing image: no file " + path + " under assets/"
                    : "leads nowhere: this build writes no page or file at " + path, source, problems);
            return;
        }
        Optional<String> fingerprinted = assets.rewrite(path);
        if (fingerprinted.isPresent() && local == value) {
            edits.replace(attribute.valueStart(), attribute.valueEnd(), Entities.escape(fingerprinted.get() + suffix));
        }
        if (element.name().equals("img") && !(element.has("width") || element.has("height"))) {
            assets.file(path).flatMap(sizes::of).ifPresent(size -> edits.insert(element.insertAt(),
                    " width=\"" + size.width() + "\" height=\"" + size.height() + "\""));
        }
    }

    /** Adds {@code noopener} to the link's {@code rel}, keeping what it has. */
    private static void noopener(TagScanner.StartTag link, TextEdits edits) {
        Optional<TagScanner.Attribute> existing = link.find("rel");
        if (existing.isEmpty()) {
            edits.insert(link.insertAt(), " rel=\"noopener\"");
            return;
        }
        TagScanner.Attribute rel = existing.get();
        Set<String> values = new LinkedHashSet<>(Arrays.asList(rel.value().split("\\s+")));
        values.remove("");
        if (!rel.valued()) {
            edits.insert(rel.valueEnd(), "=\"noopener\"");
        } else if (values.add("noopener")) {
            edits.replace(rel.valueStart(), rel.valueEnd(), Entities.escape(String.join(" ", values)));
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

    private void report(String link, String why, PageSource source, Diagnostics problems) {
        SourcePosition at = locator.find(link, source.contentFile(), source.contentText(), source.template());
        if (reported.add(at + " " + link)) {
            problems.error(at, "broken link '" + link + "' " + why + " (on " + source.url() + ")",
                    "fix the link, or add what it points to; links are checked against every page of this build "
                            + "and every file under assets/");
        }
    }

}
