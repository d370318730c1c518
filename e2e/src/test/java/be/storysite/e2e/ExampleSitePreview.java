package be.storysite.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.BuildListener;
import be.storysite.preview.Preview;
import be.storysite.preview.PreviewOptions;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The example site (this repository) in the preview, with its lead service delivering over SMTP to a test server
 * on the loopback address; the build must be free of errors.
 *
 * <pre>{@code
 * try (ExampleSitePreview site = ExampleSitePreview.start(work, smtp.getSmtp().getPort())) {
 *     browser.driver().get(site.url("/contact/"));
 * }
 * }</pre>
 */
final class ExampleSitePreview implements AutoCloseable {

    /** The repository root: the example site. */
    static final Path SITE = Path.of("..").toAbsolutePath().normalize();

    private final Preview preview;

    private ExampleSitePreview(Preview preview) {
        this.preview = preview;
    }

    /** @param work a folder for the built site, the lead database and the lead service's configuration */
    static ExampleSitePreview start(Path work, int smtpPort) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path leadsYaml = work.resolve("leads.yaml");
        Files.writeString(leadsYaml, """
                contact_forms: %s
                database: {url: "jdbc:sqlite:%s"}
                mail:
                  transport: smtp
                  from: leads@vicinia.example
                  smtp: {host: 127.0.0.1, port: %d, starttls: false, timeout_seconds: 10}
                delivery: {poll_interval_seconds: 1}
                """.formatted(SITE.resolve("contact-forms"), work.resolve("leads.db"), smtpPort));
        return new ExampleSitePreview(Preview.start(new PreviewOptions(SITE, work.resolve("site"), port,
                Optional.of(leadsYaml)), BuildListener.NONE, result -> assertThat(result.errors()).isEmpty()));
    }

    String url(String path) {
        return uri().resolve(path).toString();
    }

    URI uri() {
        return preview.uri();
    }

    @Override
    public void close() throws Exception {
        preview.close();
    }
}
