package be.storysite.forms;

import java.util.List;
import java.util.Map;

/**
 * The site's languages, Dutch first. Every text a visitor reads (labels, consent, pages) must exist in each.
 *
 * <pre>{@code
 * Languages.pick(Map.of("nl", "Naam", "fr", "Nom"), "de");   // "Naam": unknown languages fall back to Dutch
 * }</pre>
 */
public final class Languages {

    /** The site languages in the order they are shown and checked. */
    public static final List<String> ALL = List.of("nl", "fr", "en");

    /** The language used when a requested one is unknown or missing. */
    public static final String DEFAULT = "nl";

    private Languages() {
    }

    /** {@code lang} when it is a site language, else {@link #DEFAULT}. */
    public static String orDefault(String lang) {
        return lang != null && ALL.contains(lang) ? lang : DEFAULT;
    }

    /** The text for {@code lang}, else the Dutch one, else an empty string (never null, for templates). */
    public static String pick(Map<String, String> texts, String lang) {
        String text = texts.get(orDefault(lang));
        if (text == null) {
            text = texts.get(DEFAULT);
        }
        return text == null ? "" : text;
    }
}
