package be.storysite.generator.config;

import java.util.Locale;

/**
 * One language of the site, from {@code site.yaml}'s {@code languages:} mapping.
 *
 * @param code the language code used in file names and {@code lang:}, e.g. {@code fr}
 * @param name the language's own name for the language switch, e.g. {@code Français}
 * @param locale the locale for dates and {@code hreflang}, e.g. {@code fr-BE}
 * @param prefix the URL prefix: empty for the default language, else {@code /fr}
 * @param title the site title in this language
 * @param description the site description in this language
 * @param sections the URL words of this language
 */
public record LanguageConfig(String code, String name, Locale locale, String prefix, String title,
        String description, Sections sections) {

    /** The BCP 47 tag for {@code hreflang} and {@code <html lang>}, e.g. {@code nl-BE}. */
    public String tag() {
        return locale.toLanguageTag();
    }
}
