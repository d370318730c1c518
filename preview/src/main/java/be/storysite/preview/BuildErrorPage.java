package be.storysite.preview;

import be.storysite.core.html.HtmlText;
import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.config.SiteConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The page the preview shows instead of the site while the last build failed: every error with its file, line,
 * message and hint, so the writer sees in the browser what {@code storysite build} would print. Everything from
 * the site is escaped (a message may quote the writer's own {@code <script>}). Its texts are in the site's
 * default language, from the preview's bundle {@code be/storysite/preview/build-error_*.properties}.
 *
 * <pre>{@code
 * String html = new BuildErrorPage(site).render(result.errors(), script.element());
 * }</pre>
 */
public final class BuildErrorPage {

    private final Path site;

    /** @param site the site folder; file names are shown relative to it */
    public BuildErrorPage(Path site) {
        this.site = site;
    }

    /**
     * @param errors the failed build's errors
     * @param script the reload script, so the page goes back to the site on the next good save
     */
    public String render(List<Diagnostic> errors, String script) {
        String lang = siteLanguage();
        ResourceBundle text = ResourceBundle.getBundle("be.storysite.preview.build-error", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder items = new StringBuilder();
        for (Diagnostic error : errors) {
            items.append("<li><p class=\"where\"><code>").append(esc(error.position().format(site)))
                    .append("</code></p><p class=\"message\">").append(esc(error.message())).append("</p>");
            if (!error.hint().isBlank()) {
                items.append("<p class=\"hint\"><span>").append(esc(text.getString("hint"))).append("</span> ")
                        .append(esc(error.hint())).append("</p>");
            }
            items.append("</li>\n");
        }
        String count = errors.size() == 1 ? text.getString("one")
                : text.getString("many").replace("{0}", String.valueOf(errors.size()));
        String title = esc(text.getString("title").replace("{0}", count));
        return "<!DOCTYPE html><html lang=\"" + esc(lang) + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><meta name=\"viewport\" content=\"width=device-width\"><style>"
                + "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                + "h1{color:#a00}li{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #a00;background:#fff5f5;"
                + "list-style:none}.where{font-weight:bold;margin:0}.message{margin:.25rem 0}.hint{color:#555;"
                + "margin:0}</style></head><body><h1>" + title + "</h1><p>" + esc(text.getString("intro")) + "</p>"
                + "<ul class=\"errors\">\n" + items + "</ul>" + script + "</body></html>";
    }

    /**
     * The site's default language from {@code site.yaml}, read again for each page (it may be what changed);
     * English when site.yaml itself cannot be read, which is then among the errors.
     */
    private String siteLanguage() {
        return new SiteConfigLoader().load(site.resolve("site.yaml"), Optional.empty(), new Diagnostics())
                .map(SiteConfig::defaultLanguage).orElse("en");
    }

    private static String esc(String s) {
        return HtmlText.escape(s);
    }
}
