package be.storysite.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Serves a built site folder the way a static host does: {@code /klantverhalen/x/} answers
 * {@code /klantverhalen/x/index.html}, anything missing answers the site's own {@code 404.html} with status 404.
 *
 * <pre>{@code
 * server.setHandler(new StaticSiteHandler(Path.of("target/site")));
 * server.setHandler(new StaticSiteHandler(Path.of("target/preview"), reloadScript::inject));   // live preview
 * }</pre>
 *
 * <p>The folder is read on every request, never cached: the preview swaps it after each rebuild. HTML pages are
 * read as text and passed through {@code htmlFilter} on their way out, which is how the preview adds its reload
 * script to what it serves without it ever being in the built files. Everything else is Jetty's
 * {@link ResourceHandler}'s.
 */
public final class StaticSiteHandler extends Handler.Wrapper {

    private final Path siteDir;
    private final UnaryOperator<String> htmlFilter;

    /** Serves the files as they are. */
    public StaticSiteHandler(Path siteDir) {
        this(siteDir, UnaryOperator.identity());
    }

    /** @param htmlFilter changes each HTML page (and the 404 page) on its way to the browser */
    public StaticSiteHandler(Path siteDir, UnaryOperator<String> htmlFilter) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.htmlFilter = htmlFilter;
        ResourceHandler files = new ResourceHandler() {
            @Override
            protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized pool) {
                // No caching layer: the preview swaps the folder after each rebuild and must show it at once.
                return new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), pool);
            }
        };
        files.setBaseResource(ResourceFactory.of(files).newResource(this.siteDir));
        files.setDirAllowed(false);
        files.setWelcomeFiles("index.html");
        files.setUseFileMapping(false); // a mapped file would pin the old output after a swap
        files.setCacheControl("no-store");
        setHandler(files);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean read = HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod());
        Optional<Path> page = read ? htmlFile(Request.getPathInContext(request)) : Optional.empty();
        if (page.isPresent()) {
            return html(response, callback, HttpStatus.OK_200, read(page.get()));
        }
        if (super.handle(request, response, callback)) {
            return true;
        }
        Path notFound = siteDir.resolve("404.html");
        if (Files.isRegularFile(notFound)) {
            return html(response, callback, HttpStatus.NOT_FOUND_404, read(notFound));
        }
        response.setStatus(HttpStatus.NOT_FOUND_404);
        Content.Sink.write(response, true, "Not found", callback);
        return true;
    }

    /** The HTML file a path names ({@code /x/} is {@code /x/index.html}), if there is one inside the folder. */
    private Optional<Path> htmlFile(String path) {
        String relative = path.replaceFirst("^/+", "") + (path.endsWith("/") ? "index.html" : "");
        Path file = siteDir.resolve(relative).normalize();
        boolean html = file.getFileName() != null && file.getFileName().toString().endsWith(".html");
        return html && file.startsWith(siteDir) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The generator writes UTF-8; an HTML file copied from assets/ in another encoding is shown, not refused. */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private boolean html(Response response, Callback callback, int status, String html) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, htmlFilter.apply(html), callback);
        return true;
    }
}
