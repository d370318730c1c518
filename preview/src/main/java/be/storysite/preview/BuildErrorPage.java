package be.storysite.preview;

import be.storysite.core.html.HtmlText;
import be.storysite.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

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
        SiteTexts.Texts text = new SiteTexts(site).load("be.storysite.preview.build-error");
        StringBuilder items = new StringBuilder();
        for (Diagnostic error : errors) {
            items.append("<li><p class=\"where\"><code>").append(esc(error.position().format(site)))
                    .append("</code></p><p class=\"message\">").append(esc(error.message())).append("</p>");
            if (!error.hint().isBlank()) {
                items.append("<p class=\"hint\"><span>").append(esc(text.get("hint"))).append("</span> ")
                        .append(esc(error.hint())).append("</p>");
            }
            items.append("</li>\n");
        }
        String count = errors.size() == 1 ? text.get("one") : text.get("many", errors.size());
        String title = esc(text.get("title", count));
        return "<!DOCTYPE html><html lang=\"" + esc(text.lang()) + "\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><meta name=\"viewport\" content=\"width=device-width\"><style>"
                + "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                + "h1{color:#a00}li{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #a00;background:#fff5f5;"
                + "list-style:none}.where{font-weight:bold;margin:0}.message{margin:.25rem 0}.hint{color:#555;"
                + "margin:0}</style></head><body><h1>" + title + "</h1><p>" + esc(text.get("intro")) + "</p>"
                + "<ul class=\"errors\">\n" + items + "</ul>" + script + "</body></html>";
    }

    private static String esc(String s) {
        return HtmlText.escape(s);
    }
}
