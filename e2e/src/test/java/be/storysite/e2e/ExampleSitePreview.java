package be.storysite.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.pipeline.BuildListener;
import be.storysite.preview.Preview;
import be.storysite.preview.PreviewOptions;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The example site (this repository) in the preview for a test class, with its lead service delivering over SMTP
 * to a test server on the loopback address; the build must be free of errors. Register it after the SMTP server's
 * extension, so that server is up first.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ExampleSitePreview PREVIEW = new ExampleSitePreview(() -> SMTP.getSmtp().getPort());
 * ...
 * browser.driver().get(PREVIEW.url("/contact/"));
 * }</pre>
 */
final class ExampleSitePreview implements BeforeAllCallback, AfterAllCallback {

    /** The repository root: the example site. */
    static final Path SITE = Path.of("..").toAbsolutePath().normalize();

    private final IntSupplier smtpPort;
    private Path work;
    private Preview preview;

    /** @param smtpPort the SMTP server's port, asked once the test class starts */
    ExampleSitePreview(IntSupplier smtpPort) {
        this.smtpPort = smtpPort;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        work = Files.createTempDirectory("storysite-e2e");
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
                """.formatted(SITE.resolve("contact-forms"), work.resolve("leads.db"), smtpPort.getAsInt()));
        preview = Preview.start(new PreviewOptions(SITE, work.resolve("site"), port, Optional.of(leadsYaml)),
                BuildListener.NONE, result -> assertThat(result.errors()).isEmpty());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (preview != null) {
                preview.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    String url(String path) {
        return uri().resolve(path).toString();
    }

    URI uri() {
        return preview.uri();
    }
}
