package be.storysite.leads.http;

import be.storysite.forms.FieldText;
import be.storysite.forms.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hidden context a form page posts beside the visible fields, and the names of those fields. The build renders
 * them into every form; the page's script sets {@value #ELAPSED_MS} when the visitor submits.
 *
 * <pre>{@code
 * <input type="hidden" name="form_version" value="3f9a0c1b2d4e">
 * <input type="hidden" name="lang" value="nl">
 * <input type="hidden" name="source_url" value="/verhalen/lindebeek-thuiswerk/">
 * <input type="hidden" name="source_title" value="Lindebeek werkt thuis">
 * <input type="hidden" name="source_kind" value="story">
 * <input type="hidden" name="source_slug" value="lindebeek-thuiswerk">
 * <input type="hidden" name="source_services" value="werkplek-in-de-cloud,cyberbeveiliging">
 * <input type="hidden" name="elapsed_ms" value="">   <!-- set by script: ms since the page loaded -->
 * }</pre>
 * plus any {@code utm_*} parameters of the visit.
 *
 * @param formVersion the version hash of the definition the page was built with
 * @param lang the page language (nl, fr or en; anything else becomes nl)
 * @param sourceUrl the page's URL
 * @param sourceTitle the page's title
 * @param sourceKind story, service or page
 * @param sourceSlug the story's or service's slug
 * @param sourceServices the services the story names (for a service page: that service)
 * @param elapsedMillis how long the visitor had the page open, when the page's script said so
 * @param utm the {@code utm_*} parameters
 */
public record PageContext(String formVersion, String lang, String sourceUrl, String sourceTitle, String sourceKind,
                          String sourceSlug, List<String> sourceServices, Optional<Long> elapsedMillis,
                          Map<String, String> utm) {

    public static final String FORM_VERSION = "form_version";
    public static final String LANG = "lang";
    public static final String SOURCE_URL = "source_url";
    public static final String SOURCE_TITLE = "source_title";
    public static final String SOURCE_KIND = "source_kind";
    public static final String SOURCE_SLUG = "source_slug";
    public static final String SOURCE_SERVICES = "source_services";
    public static final String ELAPSED_MS = "elapsed_ms";
    /** The UTM parameters kept with a lead. */
    public static final List<String> UTM = List.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content");

    /** The hidden fields a re-rendered form must post again (everything but the time trap). */
    public static final List<String> CARRIED = List.of(FORM_VERSION, LANG, SOURCE_URL, SOURCE_TITLE, SOURCE_KIND,
            SOURCE_SLUG, SOURCE_SERVICES, "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content");

    private static final int MAX_TEXT = 500;
    private static final int MAX_URL = 2000;

    /** Reads the context from posted parameters, cleaning every value to one line of bounded length. */
    public static PageContext from(Map<String, List<String>> params) {
        Map<String, String> utm = new LinkedHashMap<>();
        for (String name : UTM) {
            String value = single(params, name, MAX_TEXT);
            if (!value.isEmpty()) {
                utm.put(name, value);
            }
        }
        List<String> services = new ArrayList<>();
        for (String value : params.getOrDefault(SOURCE_SERVICES, List.of())) {
            for (String service : singleLine(value, MAX_TEXT).split(",")) {
                if (!service.isBlank()) {
                    services.add(service.strip());
                }
            }
        }
        return new PageContext(single(params, FORM_VERSION, 100),
                Languages.orDefault(single(params, LANG, 10).toLowerCase(Locale.ROOT)),
                single(params, SOURCE_URL, MAX_URL), single(params, SOURCE_TITLE, MAX_TEXT),
                single(params, SOURCE_KIND, 20).toLowerCase(Locale.ROOT), single(params, SOURCE_SLUG, 200),
                List.copyOf(services), elapsed(single(params, ELAPSED_MS, 20)), Map.copyOf(utm));
    }

    private static Optional<Long> elapsed(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            // Not what the page's script writes: treat it as "no time at all", i.e. a robot.
            return Optional.of(0L);
        }
    }

    private static String single(Map<String, List<String>> params, String name, int max) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : singleLine(values.get(0), max);
    }

    /**
     * One line of at most {@code max} characters ({@link FieldText#singleLine}): every line break and control
     * character becomes a space, because the value may end up in a mail header.
     */
    public static String singleLine(String value, int max) {
        return FieldText.singleLine(value, max);
    }
}
