package be.storysite.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servesPrettyUrlsTheSiteOwn404AndMountedHandlers(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("klantverhalen/lindebeek"));
        Files.writeString(site.resolve("klantverhalen/lindebeek/index.html"), "<p>Lindebeek</p>");
        Files.writeString(site.resolve("404.html"), "<p>Niet gevonden</p>");
        Handler mounted = new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) {
                if (!org.eclipse.jetty.server.Request.getPathInContext(request).startsWith("/leads/")) {
                    return false;
                }
                Content.Sink.write(response, true, "leads here", callback);
                return true;
            }
        };

        try (PreviewServer server = new PreviewServer(site, 0, List.of(mounted))) {
            server.start();
            assertThat(get(server.uri().resolve("/klantverhalen/lindebeek/")).body()).contains("Lindebeek");
            HttpResponse<String> missing = get(server.uri().resolve("/nergens/"));
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("Niet gevonden");
            assertThat(get(server.uri().resolve("/leads/contact")).body()).isEqualTo("leads here");

            // a rebuild replaces files: the next request sees the new content, nothing is cached
            Files.writeString(site.resolve("klantverhalen/lindebeek/index.html"), "<p>Lindebeek v2</p>");
            assertThat(get(server.uri().resolve("/klantverhalen/lindebeek/")).body()).contains("v2");
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
