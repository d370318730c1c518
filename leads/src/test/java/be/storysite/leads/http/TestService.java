package be.storysite.leads.http;

import be.storysite.leads.app.LeadServer;
import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.config.LeadsConfigLoader;
import be.storysite.leads.store.LeadStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Starts the lead service on a free port with the example site's {@code contact-forms/}, SQLite in a temp folder,
 * and hands out an {@link HttpClient} and request helpers (Javalin-style).
 *
 * <pre>{@code
 * try (TestService service = TestService.start(temp, "")) {
 *     HttpResponse<String> r = service.postForm("contact", TestService.validForm(), service.origin());
 * }
 * }</pre>
 */
public final class TestService implements AutoCloseable {

    public static final String ORIGIN = "https://www.vicinia.example";
    /** Rate limits no test runs into (unless it sets its own). */
    public static final String GENEROUS_RATE = "  rate_per_second: 1000\n  burst: 1000\n";
    public static final Path CONTACT_FORMS = Path.of("..", "contact-forms").toAbsolutePath().normalize();

    private final LeadServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestService(LeadServer server) {
        this.server = server;
    }

    /**
     * @param extraYaml more configuration, appended to the file (top-level sections {@code database}, {@code mail},
     *                  {@code delivery}; the {@code http} section is written here, its extra keys via
     *                  {@code httpYaml})
     */
    public static TestService start(Path temp, String httpYaml, String extraYaml) throws Exception {
        return new TestService(LeadServer.start(config(temp, httpYaml, extraYaml)));
    }

    public static TestService start(Path temp) throws Exception {
        return start(temp, GENEROUS_RATE, "delivery: {enabled: false}\n");
    }

    public static LeadsConfig config(Path temp, String httpYaml, String extraYaml) throws IOException {
        Path file = temp.resolve("leads.yaml");
        Files.writeString(file, "contact_forms: " + CONTACT_FORMS + "\n"
                + "http:\n  port: 0\n  allowed_origins: [" + ORIGIN + "]\n"
                + httpYaml + extraYaml);
        return LeadsConfigLoader.load(Optional.of(file), temp, Map.of());
    }

    /** The port the service listens on, for raw sockets ({@link RawHttp}). */
    public int port() {
        return server.port();
    }

    /** The running server (its connection and thread counts). */
    public LeadServer server() {
        return server;
    }

    public LeadStore store() {
        return server.service().store();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpClient client() {
        return client;
    }

    /**
     * {@link #validForm()} with a message of its own, for a test that posts several leads: the very same bytes
     * posted twice are one lead (a double click), so {@code validForm(1)} and {@code validForm(2)} are two.
     */
    public static Map<String, String> validForm(int n) {
        Map<String, String> form = validForm();
        form.put("message", form.get("message") + " (" + n + ")");
        return form;
    }

    /** A complete, valid post of the example contact form, as the page sends it (hidden context included). */
    public static Map<String, String> validForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Els Peeters");
        form.put("email", "els.peeters@lindebeek.example");
        form.put("organisation", "Gemeente Lindebeek");
        form.put("organisation_type", "gemeente");
        form.put("municipality", "Lindebeek");
        form.put("topic", "werkplek-in-de-cloud");
        form.put("message", "Kunnen we eens bellen over thuiswerk?");
        form.put("consent", "on");
        form.put("website", "");
        form.put("form_version", "v-test");
        form.put("lang", "nl");
        form.put("source_url", "/verhalen/lindebeek-thuiswerk/");
        form.put("source_title", "Lindebeek werkt thuis");
        form.put("source_kind", "story");
        form.put("source_slug", "lindebeek-thuiswerk");
        form.put("source_services", "werkplek-in-de-cloud");
        form.put("elapsed_ms", "9000");
        form.put("utm_source", "nieuwsbrief");
        return form;
    }

    public static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public HttpResponse<String> postForm(String form, Map<String, String> fields, String... headers) throws Exception {
        return post(form, "application/x-www-form-urlencoded", urlEncoded(fields), headers);
    }

    public HttpResponse<String> postJson(String form, String json, String... headers) throws Exception {
        return post(form, "application/json", json, headers);
    }

    /** POSTs with {@code Origin: ORIGIN} unless {@code headers} (name, value, ...) set another. */
    public HttpResponse<String> post(String form, String contentType, String body, String... headers) throws Exception {
        return post(form, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** The same with the body's bytes as given (any encoding, or none); no Content-Type when it is null. */
    public HttpResponse<String> post(String form, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/leads/" + form))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        boolean originGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            originGiven |= headers[i].equalsIgnoreCase("Origin");
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        if (!originGiven) {
            request.header("Origin", ORIGIN);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
