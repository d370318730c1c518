package be.storysite.leads.config;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlReader;
import be.storysite.core.yaml.YamlScalar;
import be.storysite.forms.load.StrictMapping;
import be.storysite.leads.delivery.DeliverySettings;
import be.storysite.leads.delivery.MailServer;
import be.storysite.leads.delivery.MaildirSettings;
import be.storysite.leads.delivery.RetryPolicy;
import be.storysite.leads.delivery.SmtpSettings;
import be.storysite.leads.delivery.WebhookSettings;
import be.storysite.leads.http.ConnectorSettings;
import be.storysite.leads.http.HttpSettings;
import be.storysite.leads.http.TrustedProxies;
import be.storysite.leads.store.DatabaseSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link LeadsConfig} from an optional YAML file (every key checked, errors with file:line:col and a hint,
 * all reported at once) and lets environment variables override it:
 * <pre>
 * STORYSITE_DB_URL, STORYSITE_DB_USER, STORYSITE_DB_PASSWORD
 * STORYSITE_SMTP_HOST (setting it switches the transport to smtp), STORYSITE_SMTP_PORT, STORYSITE_SMTP_USER,
 * STORYSITE_SMTP_PASSWORD, STORYSITE_SMTP_STARTTLS, STORYSITE_MAIL_FROM
 * STORYSITE_ALLOWED_ORIGINS (comma-separated), STORYSITE_LEADS_HOST, STORYSITE_LEADS_PORT,
 * STORYSITE_TRUSTED_PROXIES (comma-separated)
 * STORYSITE_CRM_WEBHOOK_URL, STORYSITE_CRM_WEBHOOK_SECRET, STORYSITE_ALERT_WEBHOOK_URL, STORYSITE_ALERT_WEBHOOK_SECRET
 * </pre>
 * Relative paths (and a relative SQLite file) are resolved against the file's folder, or {@code baseDir} without
 * a file. The format, with its defaults:
 * <pre>{@code
 * contact_forms: contact-forms
 * site: target/site                             # the built site: frames the no-JavaScript answer pages; default none
 * database: {url: jdbc:sqlite:var/leads.db, user: "", password: "", pool_size: 8, lock_timeout_ms: 5000}
 * http:
 *   host: 127.0.0.1
 *   port: 8081
 *   allowed_origins: [https://www.vicinia.be]   # default: the service's own http://localhost:PORT
 *   rate_per_second: 2
 *   burst: 20
 *   max_body_bytes: 16384
 *   idle_timeout_seconds: 30                    # no byte either way this long: closed
 *   header_timeout_seconds: 10                  # no complete request head this long: closed
 *   body_timeout_seconds: 20                    # body not complete this long after its head: 408
 *   min_request_data_rate: 512                  # bytes/s, per request body: slower is 408; 0 = off
 *   max_connections: 2048                       # open connections in all (then accepting pauses)
 *   max_connections_per_address: 32            # open connections per client address (more are closed)
 *   trusted_proxies: []                         # e.g. [127.0.0.1, ::1, 10.0.0.0/8]: their X-Forwarded-For counts
 * mail:
 *   transport: maildir                          # or smtp
 *   maildir: var/mail
 *   from: leads@vicinia.example
 *   from_name: Vicinia
 *   confirmation: false
 *   templates: templates                        # the site's templates/ (mails in templates/mail/); default: the
 *                                               # templates/ folder beside contact_forms
 *   smtp: {host: smtp.example, port: 587, user: "", password: "", starttls: true, timeout_seconds: 30}
 * delivery: {enabled: true, batch_size: 20, concurrency: 4, poll_interval_seconds: 5, lease_seconds: 300, max_age_hours: 48}
 * webhooks: {crm: {url: https://crm.example/hook, secret: ...}, alerts: {url: ..., secret: ...}}
 * }</pre>
 */
public final class LeadsConfigLoader {

    private static final String STEP = "config";
    private static final List<String> TOP = List.of("contact_forms", "site", "database", "http", "mail", "delivery", "webhooks");
    private static final List<String> DATABASE = List.of("url", "user", "password", "pool_size", "lock_timeout_ms");
    private static final List<String> HTTP = List.of("host", "port", "allowed_origins", "rate_per_second", "burst",
            "max_body_bytes", "idle_timeout_seconds", "min_request_data_rate", "body_timeout_seconds",
            "header_timeout_seconds", "max_connections", "max_connections_per_address", "trusted_proxies");
    private static final List<String> MAIL = List.of("transport", "maildir", "from", "from_name", "confirmation", "smtp",
            "templates");
    private static final List<String> SMTP = List.of("host", "port", "user", "password", "starttls", "timeout_seconds");
    private static final List<String> DELIVERY = List.of("enabled", "batch_size", "concurrency",
            "poll_interval_seconds", "lease_seconds", "max_age_hours");
    private static final List<String> WEBHOOKS = List.of("crm", "alerts");
    private static final List<String> WEBHOOK = List.of("url", "secret");
    private static final int DEFAULT_PORT = 8081;

    private LeadsConfigLoader() {
    }

    /**
     * @param file the YAML file, or empty for the defaults (plus environment)
     * @param baseDir what relative paths are resolved against when there is no file (usually the site root)
     * @param env the environment, e.g. {@code System.getenv()}
     * @throws DiagnosticException listing every problem
     */
    public static LeadsConfig load(Optional<Path> file, Path baseDir, Map<String, String> env) {
        Diagnostics problems = new Diagnostics();
        Path source = file.orElse(baseDir.resolve("(defaults)"));
        Path base = file.map(f -> f.toAbsolutePath().getParent()).orElse(baseDir.toAbsolutePath());
        YamlNode root = file.map(LeadsConfigLoader::read).orElse(empty(source));
        StrictMapping top = StrictMapping.of(root, source.getFileName().toString(), TOP, problems)
                .orElse(emptyMapping(source, "the configuration", problems));
        EnvOverrides environment = new EnvOverrides(env, problems);

        Path contactForms = base.resolve(top.text("contact_forms", "contact-forms", "e.g. contact_forms: contact-forms"));
        String siteText = top.text("site", "", "e.g. site: /var/www/vicinia (the built site folder)");
        Optional<Path> site = siteText.isEmpty() ? Optional.empty() : Optional.of(base.resolve(siteText));
        site.filter(folder -> !Files.isDirectory(folder)).ifPresent(folder -> problems.error(top.positionOf("site"),
                "the site folder " + folder + " does not exist",
                "build the site into it first (./storysite build --output " + folder + "), or correct 'site'"));
        DatabaseSettings database = database(section(top, "database", DATABASE, problems), environment, base);
        StrictMapping http = section(top, "http", HTTP, problems);
        String host = environment.text("STORYSITE_LEADS_HOST", http.text("host", "127.0.0.1", "e.g. host: 0.0.0.0"));
        int port = environment.integer("STORYSITE_LEADS_PORT", http.integer("port", DEFAULT_PORT, 0, 65535));
        HttpSettings limits = httpSettings(http, environment, port);
        ConnectorSettings connector = connectorSettings(http, environment, problems);
        StrictMapping deliverySection = section(top, "delivery", DELIVERY, problems);
        Optional<DeliverySettings> delivery = delivery(section(top, "mail", MAIL, problems), deliverySection,
                section(top, "webhooks", WEBHOOKS, problems), environment, base, contactForms.getParent(), problems);
        boolean deliveryEnabled = deliverySection.bool("enabled", true);

        problems.throwIfErrors(STEP);
        return new LeadsConfig(contactForms, database, host, port, connector, limits, delivery.orElseThrow(),
                deliveryEnabled, site);
    }

    private static YamlNode read(Path file) {
        try {
            return YamlReader.read(Files.readString(file), file, 0);
        } catch (IOException e) {
            throw new DiagnosticException(STEP, Diagnostic.error(SourcePosition.of(file),
                    "cannot read the lead service configuration: " + e.getMessage(),
                    "check the path given with --config"));
        }
    }

    private static YamlMapping empty(Path source) {
        return new YamlMapping(List.of(), SourcePosition.of(source, 1, 1));
    }

    private static StrictMapping emptyMapping(Path source, String what, Diagnostics problems) {
        return StrictMapping.of(empty(source), what, List.of(), problems).orElseThrow();
    }

    /** The mapping under {@code key}, or an empty one (so that every value takes its default). */
    private static StrictMapping section(StrictMapping top, String key, List<String> keys, Diagnostics problems) {
        YamlNode node = top.node(key).orElse(new YamlMapping(List.of(), top.position()));
        if (node instanceof YamlScalar scalar && scalar.isNull()) {
            node = new YamlMapping(List.of(), node.position());
        }
        return StrictMapping.of(node, "'" + key + "'", keys, problems)
                .orElse(StrictMapping.of(new YamlMapping(List.of(), node.position()), key, keys, problems).orElseThrow());
    }

    private static DatabaseSettings database(StrictMapping db, EnvOverrides env, Path base) {
        String url = env.text("STORYSITE_DB_URL", db.text("url", "jdbc:sqlite:var/leads.db",
                "e.g. url: jdbc:postgresql://db.internal:5432/leads"));
        String sqlite = "jdbc:sqlite:";
        if (url.startsWith(sqlite) && !url.startsWith(sqlite + ":memory:") && !url.startsWith(sqlite + "file:")) {
            url = sqlite + base.resolve(url.substring(sqlite.length())).normalize();
        }
        return new DatabaseSettings(url,
                env.text("STORYSITE_DB_USER", db.text("user", "", "e.g. user: leads")),
                env.text("STORYSITE_DB_PASSWORD", db.text("password", "", "better: set STORYSITE_DB_PASSWORD")),
                db.integer("pool_size", 8, 1, 200),
                Duration.ofMillis(db.integer("lock_timeout_ms", 5000, 10, 600_000)));
    }

    private static HttpSettings httpSettings(StrictMapping http, EnvOverrides env, int port) {
        List<String> fromFile = http.texts("allowed_origins", false, "e.g. allowed_origins: [https://www.vicinia.be]")
                .stream().map(YamlScalar::text).toList();
        List<String> ownOrigin = List.of("http://localhost:" + port, "http://127.0.0.1:" + port);
        List<String> origins = env.list("STORYSITE_ALLOWED_ORIGINS", fromFile.isEmpty() ? ownOrigin : fromFile);
        return new HttpSettings(origins, http.integer("rate_per_second", 2, 1, 1_000_000),
                http.integer("burst", 20, 1, 1_000_000),
                http.integer("max_body_bytes", (int) HttpSettings.DEFAULT_MAX_BODY_BYTES, 1024, 1024 * 1024),
                http.integer("min_request_data_rate", 512, 0, 1_000_000_000),
                Duration.ofSeconds(http.integer("body_timeout_seconds",
                        (int) HttpSettings.DEFAULT_BODY_TIMEOUT.toSeconds(), 1, 3600)));
    }

    private static ConnectorSettings connectorSettings(StrictMapping http, EnvOverrides env, Diagnostics problems) {
        List<YamlScalar> fromFile = http.texts("trusted_proxies", false, "e.g. trusted_proxies: [127.0.0.1, ::1]");
        List<String> proxies = new ArrayList<>();
        for (YamlScalar proxy : fromFile) {
            if (validProxy(proxy.text())) {
                proxies.add(proxy.text());
            } else {
                problems.error(proxy.position(), "'" + proxy.text() + "' is not an IP address or CIDR range",
                        "e.g. trusted_proxies: [127.0.0.1, ::1, 10.0.0.0/8]");
            }
        }
        List<String> trusted = env.list("STORYSITE_TRUSTED_PROXIES", proxies);
        for (String proxy : env.get("STORYSITE_TRUSTED_PROXIES").isPresent() ? trusted : List.<String>of()) {
            if (!validProxy(proxy)) {
                problems.error(EnvOverrides.where("STORYSITE_TRUSTED_PROXIES"),
                        "'" + proxy + "' is not an IP address or CIDR range",
                        "e.g. STORYSITE_TRUSTED_PROXIES=127.0.0.1,10.0.0.0/8");
            }
        }
        return new ConnectorSettings(
                Duration.ofSeconds(http.integer("idle_timeout_seconds",
                        (int) ConnectorSettings.DEFAULT_IDLE_TIMEOUT.toSeconds(), 1, 3600)),
                Duration.ofSeconds(http.integer("header_timeout_seconds",
                        (int) ConnectorSettings.DEFAULT_HEADER_TIMEOUT.toSeconds(), 1, 3600)),
                http.integer("max_connections", ConnectorSettings.DEFAULT_MAX_CONNECTIONS, 1, 1_000_000),
                http.integer("max_connections_per_address", ConnectorSettings.DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, 1,
                        1_000_000),
                trusted.stream().filter(LeadsConfigLoader::validProxy).toList());
    }

    private static boolean validProxy(String pattern) {
        try {
            TrustedProxies.of(List.of(pattern));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<DeliverySettings> delivery(StrictMapping mail, StrictMapping delivery,
                                                       StrictMapping webhooks, EnvOverrides env, Path base,
                                                       Path siteDir, Diagnostics problems) {
        StrictMapping smtp = section(mail, "smtp", SMTP, problems);
        String transport = env.get("STORYSITE_SMTP_HOST").isPresent() ? "smtp"
                : mail.text("transport", "maildir", "transport: maildir  or  transport: smtp");
        MailServer server;
        if (transport.equals("smtp")) {
            String host = env.text("STORYSITE_SMTP_HOST", smtp.text("host", "", "e.g. host: smtp.vicinia.be"));
            if (host.isEmpty()) {
                problems.error(mail.positionOf("transport"), "mail transport smtp needs a host",
                        "set mail.smtp.host or STORYSITE_SMTP_HOST");
            }
            server = SmtpSettings.of(host.isEmpty() ? "localhost" : host,
                            env.integer("STORYSITE_SMTP_PORT", smtp.integer("port", 587, 1, 65535)))
                    .withAuth(env.text("STORYSITE_SMTP_USER", smtp.text("user", "", "e.g. user: leads")),
                            env.text("STORYSITE_SMTP_PASSWORD", smtp.text("password", "",
                                    "better: set STORYSITE_SMTP_PASSWORD")))
                    .withStartTls(env.bool("STORYSITE_SMTP_STARTTLS", smtp.bool("starttls", true)))
                    .withTimeouts(Duration.ofSeconds(smtp.integer("timeout_seconds", 30, 1, 600)));
        } else {
            if (!transport.equals("maildir")) {
                problems.error(mail.positionOf("transport"), "unknown mail transport '" + transport + "'",
                        "write  transport: maildir  (local files under var/mail) or  transport: smtp");
            }
            server = new MaildirSettings(base.resolve(mail.text("maildir", "var/mail", "e.g. maildir: var/mail")));
        }
        try {
            DeliverySettings settings = new DeliverySettings(
                    env.text("STORYSITE_MAIL_FROM", mail.text("from", "leads@vicinia.example", "e.g. from: leads@vicinia.be")),
                    mail.text("from_name", "Vicinia", "e.g. from_name: Vicinia"), server,
                    RetryPolicy.standard().withMaxAge(Duration.ofHours(delivery.integer("max_age_hours", 48, 1, 24 * 30))),
                    delivery.integer("batch_size", 20, 1, 1000), delivery.integer("concurrency", 4, 1, 64),
                    Duration.ofSeconds(delivery.integer("poll_interval_seconds", 5, 1, 3600)),
                    Duration.ofSeconds(delivery.integer("lease_seconds", 300, 10, 86_400)),
                    mail.bool("confirmation", false),
                    webhook(webhooks, "crm", "STORYSITE_CRM_WEBHOOK", env, problems),
                    webhook(webhooks, "alerts", "STORYSITE_ALERT_WEBHOOK", env, problems),
                    // The site folder is where contact_forms lives: its templates/ are beside it.
                    mail.has("templates") ? base.resolve(mail.text("templates", "templates", "e.g. templates: templates"))
                            : siteDir.resolve("templates"));
            return Optional.of(settings);
        } catch (IllegalArgumentException e) {
            problems.error(mail.position(), e.getMessage(), "fix the mail settings");
            return Optional.empty();
        }
    }

    private static Optional<WebhookSettings> webhook(StrictMapping webhooks, String key, String envPrefix,
                                                     EnvOverrides env, Diagnostics problems) {
        StrictMapping hook = section(webhooks, key, WEBHOOK, problems);
        String url = env.text(envPrefix + "_URL", hook.text("url", "", "e.g. url: https://crm.example/hooks/leads"));
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String secret = env.text(envPrefix + "_SECRET", hook.text("secret", "", "better: set " + envPrefix + "_SECRET"));
        try {
            return Optional.of(new WebhookSettings(new URI(url), secret, Duration.ofSeconds(10)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.error(hook.positionOf("url"), "webhook '" + key + "': " + e.getMessage(),
                    "give an https:// URL and a secret of at least 16 characters (" + envPrefix + "_SECRET)");
            return Optional.empty();
        }
    }
}
