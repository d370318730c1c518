package be.storysite.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Visitor-facing sentences from {@code .properties} files in nl, fr and en. Dutch is the base bundle, so a language
 * the site does not have gets Dutch, never the JVM's locale.
 *
 * <pre>{@code
 * MessageBundle messages = new MessageBundle("be.storysite.forms.validation", FormValidator.class);
 * messages.get("fr", "tooLong", 100);   // "Utilisez au maximum 100 caractères."
 * }</pre>
 *
 * @param baseName the bundle's name, e.g. {@code be.storysite.forms.validation} for {@code validation_fr.properties}
 * @param owner a class whose class loader sees the files
 */
public record MessageBundle(String baseName, Class<?> owner) {

    /** The message {@code key} in {@code lang}, with {@code {0}}, {@code {1}}... filled in from {@code args}. */
    public String get(String lang, String key, Object... args) {
        Locale locale = Locale.forLanguageTag(Languages.orDefault(lang));
        return new MessageFormat(bundle(locale).getString(key), locale).format(args);
    }

    /** Whether the bundle has {@code key} (in Dutch, so in every language). */
    public boolean has(String key) {
        return bundle(Locale.forLanguageTag(Languages.DEFAULT)).containsKey(key);
    }

    private ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, owner.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the message file " + baseName + " is missing from the build", e);
        }
    }
}
