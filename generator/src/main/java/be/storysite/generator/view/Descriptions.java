package be.storysite.generator.view;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.i18n.Messages;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.Content;
import be.storysite.generator.plan.PageKind;
import be.storysite.generator.plan.PlannedPage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The meta description of each page: the {@code description} front matter field, else the summary (else the
 * body's text) cut at {@value #MAX} characters on a word boundary; pages without content get one made from their
 * language's UI strings ({@code description_<kind>}), so that no two pages share the site's description.
 *
 * <pre>{@code
 * Descriptions.cut("Hoe Lindebeek zijn administratie ...", 160);   // at most 160 characters, ends with "…" when cut
 * }</pre>
 */
public final class Descriptions {

    /** Search engines show about this many characters; a longer description is cut by them mid-word. */
    public static final int MAX = 160;
    private static final String ELLIPSIS = "…";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SiteConfig config;
    private final Messages messages;
    private final Path siteYaml;
    private final ModelMemo memo;
    /** Each page's description, made once (on all cores before rendering) and read again for the duplicate check and each page's model. */
    private final Map<String, String> byUrl = new ConcurrentHashMap<>();

    /** @param siteYaml where a duplicate among pages made without content is reported */
    public Descriptions(SiteConfig config, Messages messages, Path siteYaml) {
        this(config, messages, siteYaml, ModelMemo.NONE);
    }

    /**
     * @param memo keeps a content page's description from build to build while its content item and fallbacks
     *     are the same ({@link ModelMemo#derive}): the live preview's, so that an unchanged story's description is
     *     neither made again nor compared character by character in its page's facts
     */
    public Descriptions(SiteConfig config, Messages messages, Path siteYaml, ModelMemo memo) {
        this.config = config;
        this.messages = messages;
        this.siteYaml = siteYaml;
        this.memo = memo;
    }

    /** The description of {@code page}, at most {@value #MAX} characters. */
    public String of(PlannedPage page) {
        return byUrl.computeIfAbsent(page.url(), url -> make(page));
    }

    private String make(PlannedPage page) {
        String lang = page.lang();
        // page 2 of a list says so, else it repeats page 1's description
        String suffix = page.pageNumber() > 1
                ? " (" + messages.get(lang, "page_n").replace("{0}", String.valueOf(page.pageNumber())) + ")" : "";
        Sources in = new Sources(page.content().orElse(null), generated(page), config.language(lang).description(),
                suffix);
        // An unchanged file's content item is the very same object from build to build, and a page without content
        // has the same short texts: comparing the input is cheap, and the kept description is the very same string
        // (its page's facts then compare it by identity), where cutting it again costs a regular expression over
        // the text; the preview's 840 list and filter pages at 1,000 stories made theirs again on every update.
        return memo.derive(new ModelMemo.Slot(page.url(), "description"), in, Descriptions::made);
    }

    /** A pure function of its input ({@link ModelMemo#derive}). */
    private static String made(Sources in) {
        return cut(text(in), MAX - in.suffix().length()) + in.suffix();
    }

    /** The content's own description or summary, else the text for the page's kind, else the language's. */
    private static String text(Sources in) {
        String text = in.content() == null ? "" : ofContent(in.content());
        if (text.isBlank()) {
            text = in.generated();
        }
        return text.isBlank() ? in.fallback() : text;
    }

    /**
     * All a page's description is made from.
     *
     * @param content the page's content item; null for a page without one
     * @param generated the text made from the UI strings for the page's kind (empty for content kinds)
     * @param fallback the language's description in site.yaml
     * @param suffix said after the cut text (" (pagina 2)" on page 2 of a list); empty on a first page
     */
    private record Sources(Content content, String generated, String fallback, String suffix) {
    }

    private static String ofContent(Content content) {
        String own = content.meta().fields().text("description").orElse("");
        if (!own.isBlank()) {
            return own.strip();
        }
        if (!content.summary().isBlank()) {
            return content.summary().strip();
        }
        // a page without summary: its first words, rather than the site's description on many pages
        return content.meta().html().isEmpty() ? "" : Jsoup.parse(content.meta().html()).text();
    }

    private String generated(PlannedPage page) {
        String lang = page.lang();
        String key = switch (page.kind()) {
            case STORY_LIST, ARCHIVE -> "stories_intro";
            case SERVICE_LIST -> "services_intro";
            case TAXONOMY -> "description_taxonomy";
            case TERM, TAG -> "description_term";
            case NOT_FOUND -> "not_found_text";
            default -> "";
        };
        if (key.isEmpty() || !messages.of(lang).containsKey(key)) {
            return "";
        }
        String taxonomy = page.taxonomy().map(t -> messages.get(lang, "taxonomy_" + t.key())).orElse("");
        String term = page.term().map(t -> t.label()).orElse("");
        return messages.get(lang, key).replace("{0}", taxonomy).replace("{1}", term);
    }

    /**
     * {@code text} on one line, cut to at most {@code max} characters: at the last space that leaves room for
     * "…", or mid-word only when the first word alone is too long.
     */
    public static String cut(String text, int max) {
        String line = SPACES.matcher(text.strip()).replaceAll(" ");
        if (line.length() <= max) {
            return line;
        }
        int room = max - ELLIPSIS.length();
        int space = line.lastIndexOf(' ', room);
        String kept = space > 0 ? line.substring(0, space) : line.substring(0, room);
        return stripTrailingPunctuation(kept) + ELLIPSIS;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",;:-–—(".indexOf(text.charAt(end - 1)) >= 0 || end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Warns about each indexed HTML page whose description another page already has, naming both (their content
     * files, or their URLs for pages made without one). Search engines show one of such pages and drop the rest.
     *
     * @param unlisted pages kept out of search engines (a form's thank-you page): their descriptions may repeat
     */
    public void reportDuplicates(List<PlannedPage> pages, Set<String> unlisted, Diagnostics problems) {
        Map<String, PlannedPage> first = new HashMap<>();
        for (PlannedPage page : pages) {
            if (!page.html() || unlisted.contains(page.url()) || page.kind() == PageKind.NOT_FOUND) {
                continue;
            }
            String description = of(page);
            if (description.isEmpty()) {
                continue;
            }
            page.content().ifPresent(c -> tooLong(c, problems));
            PlannedPage earlier = first.putIfAbsent(description, page);
            // two pages made from site.yaml and the UI strings alone (the home pages of languages that share
            // site.yaml's description) are a matter of configuration, not of a content file to fix
            if (earlier != null && (page.content().isPresent() || earlier.content().isPresent())) {
                problems.warning(position(page), "the meta description of " + name(page) + " is the same as that of "
                        + name(earlier) + ": \"" + description + "\"",
                        "give one of them its own  description:  (at most " + MAX + " characters) in its front matter");
            }
        }
    }

    /** A {@code description} written longer than search engines show is cut; the writer should know where. */
    private static void tooLong(Content content, Diagnostics problems) {
        String own = content.meta().fields().text("description").orElse("").strip();
        if (own.length() > MAX) {
            problems.warning(content.meta().fields().position("description"), "description is " + own.length()
                    + " characters; pages show it cut to \"" + cut(own, MAX) + "\"",
                    "shorten it to at most " + MAX + " characters");
        }
    }

    /** The line of the field the description came from; site.yaml for a page made without content. */
    private SourcePosition position(PlannedPage page) {
        return page.content().map(c -> {
            var fields = c.meta().fields();
            return fields.position(fields.values().containsKey("description") ? "description" : "summary");
        }).orElse(SourcePosition.of(siteYaml));
    }

    private static String name(PlannedPage page) {
        return page.content().map(c -> "content/" + c.meta().id()).orElse(page.url());
    }
}
