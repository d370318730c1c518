package be.storysite.preview;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.delivery.MaildirReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's mailbox at {@code /_dev/mail}: in the site's language, escaped, never outside the Maildir. */
class DevMailHandlerTest {

    private static final Path EXAMPLE_CONFIG = Path.of("..", "site.yaml");
    private static final String MAIL = """
            From: Vicinia <noreply@vicinia.be>\r
            To: Karim El Amrani <karim.elamrani@vicinia.be>\r
            Subject: Nieuwe lead <script>alert(1)</script>\r
            Message-ID: <lead-1@vicinia.test>\r
            Content-Type: text/plain; charset=UTF-8\r
            \r
            Gemeente Haspenvelde vraagt naar werkplek in de cloud.\r
            """;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void listsAndShowsMailInTheSiteLanguageWithEverythingFromTheMailEscaped(@TempDir Path work) throws Exception {
        Path site = site(work, "fr");
        Path maildir = work.resolve("mail");
        Files.createDirectories(maildir.resolve("new"));
        Files.writeString(maildir.resolve("new/1700000000.lead1.localhost"), MAIL);

        try (PreviewServer server = server(site, maildir)) {
            HttpResponse<String> list = get(server.uri().resolve("/_dev/mail"));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("<html lang=\"fr\"", "Boîte aux lettres locale", "<th>Objet</th>",
                    "Karim El Amrani", "Nieuwe lead &lt;script&gt;").doesNotContain("<script>alert");

            HttpResponse<String> one = get(server.uri().resolve("/_dev/mail/1700000000.lead1.localhost"));
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body()).contains("<h2>Texte</h2>", "Gemeente Haspenvelde vraagt", "Message brut (.eml)")
                    .doesNotContain("<script>alert");

            HttpResponse<String> raw = get(server.uri().resolve("/_dev/mail/1700000000.lead1.localhost.eml"));
            assertThat(raw.headers().firstValue("Content-Type")).hasValue("message/rfc822");
            assertThat(raw.body()).isEqualTo(MAIL);

            for (String missing : List.of("/_dev/mail/nope", "/_dev/mail/..%2Fsite.yaml", "/_dev/mail/../new.eml")) {
                HttpResponse<String> answer = get(server.uri().resolve(missing));
                assertThat(answer.statusCode()).as(missing).isIn(400, 404);
                assertThat(answer.body()).as(missing).doesNotContain("default_language");
            }
            assertThat(get(server.uri().resolve("/_dev/mail/nope")).body()).contains("Introuvable");
        }
    }

    @Test
    void anEmptyMailboxSaysHowToFillItInDutchOnADutchSiteAndInEnglishWithoutSiteYaml(@TempDir Path work)
            throws Exception {
        try (PreviewServer server = server(site(work, "nl"), work.resolve("mail"))) {
            assertThat(get(server.uri().resolve("/_dev/mail/")).body()).contains("<html lang=\"nl\"",
                    "Nog geen mails. Verstuur het contactformulier");
        }
        try (PreviewServer server = server(Files.createDirectories(work.resolve("no-config")), work.resolve("mail"))) {
            assertThat(get(server.uri().resolve("/_dev/mail/")).body()).contains("<html lang=\"en\"", "No mail yet.");
        }
    }

    /** A site folder whose site.yaml is the example's with another default language. */
    private static Path site(Path work, String language) throws Exception {
        Path site = Files.createDirectories(work.resolve("site-" + language));
        Files.writeString(site.resolve("site.yaml"), Files.readString(EXAMPLE_CONFIG)
                .replace("default_language: nl", "default_language: " + language));
        return site;
    }

    private static PreviewServer server(Path site, Path maildir) throws Exception {
        PreviewServer server = new PreviewServer(Files.createDirectories(site.resolve("out")), 0,
                List.of(new DevMailHandler(new MaildirReader(maildir), site)));
        server.start();
        return server;
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
