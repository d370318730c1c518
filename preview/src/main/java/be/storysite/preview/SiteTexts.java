package be.storysite.preview;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.config.SiteConfigLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts of a preview page of its own (the build-error page, the mailbox) in the site's default language.
 * {@code site.yaml} is read again for every page, since it may be the very file that changed; English when it
 * cannot be read (the build then lists why).
 *
 * <pre>{@code
 * SiteTexts.Texts texts = new SiteTexts(site).load("be.storysite.preview.dev-mail");
 * texts.lang();            // "nl", for <html lang>
 * texts.get("empty");      // the sentence from dev-mail_nl.properties
 * }</pre>
 */
final class SiteTexts {

    private final Path site;

    /** @param site the site folder (holding {@code site.yaml}) */
    SiteTexts(Path site) {
        this.site = site;
    }

    /** The bundle {@code baseName} in the site's default language, without falling back to the JVM's locale. */
    Texts load(String baseName) {
        String lang = new SiteConfigLoader().load(site.resolve("site.yaml"), Optional.empty(), new Diagnostics())
                .map(SiteConfig::defaultLanguage).orElse("en");
        return new Texts(lang, ResourceBundle.getBundle(baseName, Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** One page's texts and the language they are in. */
    record Texts(String lang, ResourceBundle bundle) {

        /** The text under {@code key}; {@code {0}} in it replaced by {@code argument} when one is given. */
        String get(String key, Object... argument) {
            String text = bundle.getString(key);
            return argument.length == 0 ? text : text.replace("{0}", String.valueOf(argument[0]));
        }
    }
}
