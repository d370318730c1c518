package be.storysite.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
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
 * }</pre>
 *
 * <p>The folder is read on every request, never cached: the preview swaps it after each rebuild.
 */
public final class StaticSiteHandler extends Handler.Wrapper {

    private final Path siteDir;

    public StaticSiteHandler(Path siteDir) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
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
        if (super.handle(request, response, callback)) {
            return true;
        }
        Path notFound = siteDir.resolve("404.html");
        response.setStatus(HttpStatus.NOT_FOUND_404);
        if (Files.isRegularFile(notFound)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            Content.Sink.write(response, true, Files.readString(notFound), callback);
        } else {
            Content.Sink.write(response, true, "Not found", callback);
        }
        return true;
    }
}
