package be.storysite.preview;

import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * While the latest build failed, answers every page request ({@code /x/}, {@code /x.html}, {@code /x}) with the
 * {@link BuildErrorPage} (status 500), and declines everything else: CSS, images and scripts of the last good
 * build are still served, as are the lead service and {@code /_dev/}. Once a build succeeds it declines all.
 *
 * <pre>{@code
 * new Handler.Sequence(new BuildErrorHandler(lastBuild, new BuildErrorPage(site), script), staticSite);
 * }</pre>
 */
public final class BuildErrorHandler extends Handler.Abstract {

    /** A page URL: ends with {@code /} or {@code .html}, or its last segment has no extension. */
    private static final Pattern PAGE = Pattern.compile(".*(/|\\.html|/[^/.]+)");

    private final LastBuild last;
    private final BuildErrorPage page;
    private final ReloadScript script;

    public BuildErrorHandler(LastBuild last, BuildErrorPage page, ReloadScript script) {
        this.last = last;
        this.page = page;
        this.script = script;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (last.errors().isEmpty() || !HttpMethod.GET.is(request.getMethod())
                || !PAGE.matcher(Request.getPathInContext(request)).matches()) {
            return false;
        }
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR_500);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, page.render(last.errors(), script.element()), callback);
        return true;
    }
}
