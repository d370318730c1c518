package be.storysite.leads.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.leads.delivery.MaildirSettings;
import be.storysite.leads.delivery.SmtpSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadsConfigLoaderTest {

    @TempDir
    Path temp;

    @Test
    void withoutAFileEverythingIsLocalAndEmbedded() {
        LeadsConfig config = LeadsConfigLoader.load(Optional.empty(), temp, Map.of());

        assertThat(config.database().url()).isEqualTo("jdbc:sqlite:" + temp.resolve("var/leads.db"));
        assertThat(config.delivery().mailServer()).isEqualTo(new MaildirSettings(temp.resolve("var/mail")));
        assertThat(config.contactForms()).isEqualTo(temp.resolve("contact-forms"));
        assertThat(config.delivery().templates()).isEqualTo(temp.resolve("templates"));
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.http().allowedOrigins()).containsExactly("http://localhost:8081", "http://127.0.0.1:8081");
        assertThat(config.http().maxBodyBytes()).isEqualTo(16 * 1024);
        assertThat(config.deliveryEnabled()).isTrue();
    }

    @Test
    void theMailTemplatesFolderIsResolvedAgainstTheFilesFolder() throws Exception {
        Path file = write("""
                contact_forms: /srv/site/contact-forms
                mail: {templates: shared/templates}
                """);
        assertThat(LeadsConfigLoader.load(Optional.of(file), Path.of("/elsewhere"), Map.of()).delivery().templates())
                .isEqualTo(temp.resolve("shared/templates"));
    }

    @Test
    void theFileIsReadAndTheEnvironmentWins() throws Exception {
        Path file = write("""
                contact_forms: ../forms
                database:
                  url: jdbc:sqlite:data/leads.db
                http:
                  port: 9000
                  allowed_origins: [https://www.vicinia.be]
                  rate_per_second: 5
                  burst: 50
                mail:
                  transport: smtp
                  from: leads@vicinia.be
                  smtp: {host: smtp.file.example, port: 25, starttls: false}
                delivery: {concurrency: 2, lease_seconds: 120}
                """);
        Map<String, String> env = Map.of(
                "STORYSITE_DB_URL", "jdbc:postgresql://db.internal:5432/leads",
                "STORYSITE_DB_USER", "leads", "STORYSITE_DB_PASSWORD", "db-secret",
                "STORYSITE_SMTP_HOST", "smtp.env.example", "STORYSITE_SMTP_PORT", "587",
                "STORYSITE_SMTP_USER", "mailer", "STORYSITE_SMTP_PASSWORD", "smtp-secret",
                "STORYSITE_SMTP_STARTTLS", "true",
                "STORYSITE_ALLOWED_ORIGINS", "https://www.vicinia.be, https://vicinia.be");

        LeadsConfig config = LeadsConfigLoader.load(Optional.of(file), Path.of("/elsewhere"), env);

        assertThat(config.contactForms()).isEqualTo(temp.resolve("../forms"));
        // no mail.templates: the templates/ folder of the site that holds the forms
        assertThat(config.delivery().templates()).isEqualTo(temp.resolve("..").resolve("templates"));
        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db.internal:5432/leads");
        assertThat(config.database().password()).isEqualTo("db-secret");
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.http().allowedOrigins()).containsExactly("https://www.vicinia.be", "https://vicinia.be");
        assertThat(config.http().ratePerSecond()).isEqualTo(5);
        SmtpSettings smtp = (SmtpSettings) config.delivery().mailServer();
        assertThat(smtp.host()).isEqualTo("smtp.env.example");
        assertThat(smtp.port()).isEqualTo(587);
        assertThat(smtp.username()).isEqualTo("mailer");
        assertThat(smtp.startTls()).isTrue();
        assertThat(config.delivery().concurrency()).isEqualTo(2);
        assertThat(config.delivery().lease()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.toString()).doesNotContain("db-secret", "smtp-secret");
    }

    @Test
    void everyMistakeIsReportedWithItsLine() throws Exception {
        Path file = write("""
                database:
                  ur: jdbc:sqlite:x.db
                http:
                  port: lots
                mail:
                  transport: pigeon
                """);

        assertThatThrownBy(() -> LeadsConfigLoader.load(Optional.of(file), temp,
                Map.of("STORYSITE_SMTP_PORT", "x", "STORYSITE_SMTP_HOST", "")))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics()).extracting(d -> d.format(temp))
                        .anySatisfy(line -> assertThat(line).contains("leads.yaml:2:3").contains("unknown key 'ur'")
                                .contains("url"))
                        .anySatisfy(line -> assertThat(line).contains("leads.yaml:4:9"))
                        .anySatisfy(line -> assertThat(line).contains("leads.yaml:6:14")
                                .contains("unknown mail transport 'pigeon'")));
    }

    @Test
    void theConnectionLimitsHaveSafeDefaultsAndTrustedProxiesAreChecked() throws Exception {
        LeadsConfig defaults = LeadsConfigLoader.load(Optional.empty(), temp, Map.of());
        assertThat(defaults.connector().headerTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.connector().idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.connector().maxConnections()).isEqualTo(2048);
        assertThat(defaults.connector().maxConnectionsPerAddress()).isEqualTo(32);
        assertThat(defaults.connector().trustedProxies()).isEmpty();
        assertThat(defaults.http().bodyTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.http().minRequestDataRate()).isEqualTo(512);

        Path file = write("""
                http:
                  header_timeout_seconds: 5
                  body_timeout_seconds: 8
                  max_connections: 500
                  max_connections_per_address: 4
                  trusted_proxies: [127.0.0.1, "::1", 10.0.0.0/8]
                """);
        LeadsConfig config = LeadsConfigLoader.load(Optional.of(file), temp, Map.of());
        assertThat(config.connector().headerTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.http().bodyTimeout()).isEqualTo(Duration.ofSeconds(8));
        assertThat(config.connector().maxConnections()).isEqualTo(500);
        assertThat(config.connector().maxConnectionsPerAddress()).isEqualTo(4);
        assertThat(config.connector().trustedProxies()).containsExactly("127.0.0.1", "::1", "10.0.0.0/8");
        assertThat(LeadsConfigLoader.load(Optional.of(file), temp,
                Map.of("STORYSITE_TRUSTED_PROXIES", "192.168.1.1, 172.16.0.0/12")).connector().trustedProxies())
                .containsExactly("192.168.1.1", "172.16.0.0/12");

        Path bad = write("""
                http:
                  trusted_proxies: [127.0.0.1, my-proxy.example]
                """);
        assertThatThrownBy(() -> LeadsConfigLoader.load(Optional.of(bad), temp, Map.of()))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics()).extracting(d -> d.format(temp))
                        .singleElement().satisfies(line -> assertThat(line).contains("leads.yaml:2:32")
                                .contains("'my-proxy.example' is not an IP address or CIDR range")));
        assertThatThrownBy(() -> LeadsConfigLoader.load(Optional.empty(), temp,
                Map.of("STORYSITE_TRUSTED_PROXIES", "10.0.0.0/99")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("STORYSITE_TRUSTED_PROXIES");
    }

    @Test
    void aBadEnvironmentValueNamesTheVariable() {
        assertThatThrownBy(() -> LeadsConfigLoader.load(Optional.empty(), temp,
                Map.of("STORYSITE_SMTP_HOST", "smtp.example", "STORYSITE_SMTP_PORT", "twenty-five")))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("STORYSITE_SMTP_PORT");
    }

    @Test
    void theSiteFolderFramesTheAnswerPagesAndAMissingOneIsAnErrorOnItsLine() throws Exception {
        assertThat(LeadsConfigLoader.load(Optional.empty(), temp, Map.of()).site()).isEmpty();
        Files.createDirectories(temp.resolve("www"));
        assertThat(LeadsConfigLoader.load(Optional.of(write("site: www\n")), temp, Map.of()).site())
                .contains(temp.resolve("www"));

        Path missing = write("contact_forms: contact-forms\nsite: target/sitee\n");
        assertThatThrownBy(() -> LeadsConfigLoader.load(Optional.of(missing), temp, Map.of()))
                .isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostics()).extracting(d -> d.format(temp))
                        .singleElement().satisfies(line -> assertThat(line).contains("leads.yaml:2:")
                                .contains("the site folder").contains("sitee").contains("does not exist")
                                .contains("./storysite build --output")));
    }

    private Path write(String yaml) throws Exception {
        Path file = temp.resolve("leads.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
