package be.storysite.preview;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The few lines of script the preview adds to every HTML page it serves, and only there (the built files on disk,
 * and so the production site, never contain them): the tab listens to {@link ReloadEvents} and reloads when the
 * site was rebuilt.
 *
 * <pre>{@code
 * ReloadScript script = new ReloadScript(events::currentBuild);
 * script.inject("<html><body><p>Hallo</p></body></html>");
 * // <html><body><p>Hallo</p><script>...</script></body></html>
 * }</pre>
 */
public final class ReloadScript {

    private final LongSupplier currentBuild;

    /** @param currentBuild the number of the build being shown, stamped into the page it is served with */
    public ReloadScript(LongSupplier currentBuild) {
        this.currentBuild = currentBuild;
    }

    /** The script element; {@code data-storysite-build} names the build the page shows. */
    public String element() {
        return "<script data-storysite-build=\"" + currentBuild.getAsLong() + "\">(function(){"
                + "var shown=document.currentScript.getAttribute('data-storysite-build');"
                + "var events=new EventSource('" + ReloadEvents.PATH + "');"
                // reload on every rebuild, and when this page is older than the build the server shows
                + "events.addEventListener('reload',function(){location.reload();});"
                + "events.addEventListener('hello',function(e){if(e.data!==shown){location.reload();}});"
                + "})();</script>";
    }

    /** {@code html} with the script before its last {@code </body>}, or at its end when it has none. */
    public String inject(String html) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return body < 0 ? html + element() : html.substring(0, body) + element() + html.substring(body);
    }
}
