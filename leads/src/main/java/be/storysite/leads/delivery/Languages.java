package be.storysite.leads.delivery;

import java.util.Locale;
import java.util.Set;

/** The site's languages; anything else (or nothing) is Dutch, the site's first language. */
final class Languages {

    static final Set<String> SUPPORTED = Set.of("nl", "fr", "en");

    private Languages() {
    }

    static String of(String lang) {
        String normalised = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(normalised) ? normalised : "nl";
    }
}
