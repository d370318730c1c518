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

    @Test
    void errorsAnswerOneShortSentenceAndNeverNameTheException(@TempDir Path site) throws Exception {
        Handler broken = new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) {
                throw new IllegalStateException("secret detail of a bug");
            }
        };

        try (PreviewServer server = new PreviewServer(site, 0, List.of(broken))) {
            server.start();
            HttpResponse<String> bug = client.send(HttpRequest.newBuilder(server.uri().resolve("/x"))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> badUri = get(server.uri().resolve("/%C0%AF"));

            assertThat(bug.statusCode()).isEqualTo(500);
            assertThat(bug.body()).contains("Something went wrong on our side.")
                    .doesNotContain("IllegalStateException").doesNotContain("secret").doesNotContain("\tat ");
            assertThat(badUri.statusCode()).isEqualTo(400);
            assertThat(badUri.body()).contains("Dit verzoek kunnen we niet lezen.").doesNotContain("Exception");
        }
    }

    @Test
    void passesEveryHtmlPageAndOnlyHtmlThroughTheFilter(@TempDir Path work) throws Exception {
        Path site = work.resolve("site");
        Files.createDirectories(site.resolve("diensten/x"));
        Files.writeString(site.resolve("diensten/x/index.html"), "<html><body><p>x</p></body></html>");
        Files.write(site.resolve("oud.html"), "<p>caf\u00e9</p>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(site.resolve("site.css"), "body{} </body>");
        Files.writeString(site.resolve("404.html"), "<body>weg</body>");
        Files.writeString(work.resolve("geheim.html"), "<p>buiten de site</p>");
        ReloadScript script = new ReloadScript(() -> 7);

        try (PreviewServer server = new PreviewServer(site, 0, List.of(), script::inject)) {
            server.start();
            assertThat(get(server.uri().resolve("/diensten/x/")).body())
                    .isEqualTo("<html><body><p>x</p>" + script.element() + "</body></html>");
            assertThat(get(server.uri().resolve("/oud.html")).body()).startsWith("<p>caf").endsWith("</script>");
            assertThat(get(server.uri().resolve("/site.css")).body()).isEqualTo("body{} </body>");
            HttpResponse<String> missing = get(server.uri().resolve("/nergens/"));
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("weg" + script.element());
            assertThat(get(server.uri().resolve("/%2e%2e/geheim.html")).body()).doesNotContain("buiten de site");
        }
        // what is served changed, the files did not
        assertThat(Files.readString(site.resolve("diensten/x/index.html"))).doesNotContain("script");
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
