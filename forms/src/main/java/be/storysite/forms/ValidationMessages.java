package be.storysite.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The visitor-facing messages of {@link FormValidator} in nl, fr and en, from {@code validation*.properties}.
 * Dutch is the base bundle, so a language the site does not have gets Dutch, never the JVM's locale.
 */
final class ValidationMessages {

    private static final String BUNDLE = "be.storysite.forms.validation";

    private ValidationMessages() {
    }

    static String get(String lang, String key, Object... args) {
        Locale locale = Locale.forLanguageTag(Languages.orDefault(lang));
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ValidationMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
