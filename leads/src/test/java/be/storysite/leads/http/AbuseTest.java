package be.storysite.leads.http;

import static be.storysite.leads.http.TestService.ORIGIN;
import static be.storysite.leads.http.TestService.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.model.Lead;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint's defences: origin, CORS, size, rate, honeypot, time trap, header injection. */
class AbuseTest {

    @TempDir
    Path temp;

    @Test
    void postsFromAnotherOriginOrWithoutOneAreForbidden() throws Exception {
        try (TestService service = TestService.start(temp)) {
            assertThat(service.postForm("contact", validForm(), "Origin", "https://evil.example").statusCode())
                    .isEqualTo(403);
            assertThat(service.postForm("contact", validForm(), "Origin", "null").statusCode()).isEqualTo(403);
            assertThat(service.postForm("contact", validForm(), "Origin", null).statusCode()).isEqualTo(403);
            assertThat(service.postForm("contact", validForm(), "Origin", null,
                    "Referer", "https://evil.example/" + ORIGIN).statusCode()).isEqualTo(403);
            assertThat(service.store().count()).isZero();
            // a browser that strips Origin still sends the page as Referer
            assertThat(service.postForm("contact", validForm(), "Origin", null,
                    "Referer", ORIGIN + "/verhalen/x/").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void corsIsGrantedToTheSitesExactOriginOnly() throws Exception {
        try (TestService service = TestService.start(temp)) {
            HttpResponse<String> allowed = preflight(service, ORIGIN);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                    .contains("idempotency-key").contains("content-type");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

            assertThat(preflight(service, "https://www.vicinia.example.evil.example").headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(preflight(service, "http://www.vicinia.example").headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
            HttpResponse<String> post = service.postJson("contact", new ObjectMapper().writeValueAsString(validForm()));
            assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        }
    }

    private static HttpResponse<String> preflight(TestService service, String origin) throws Exception {
        return service.send(HttpRequest.newBuilder(service.uri("/leads/contact"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key"));
    }

    @Test
    void bodiesOver16KiloBytesGet413() throws Exception {
        try (TestService service = TestService.start(temp)) {
            Map<String, String> form = validForm();
            form.put("message", "x".repeat(17 * 1024));

            assertThat(service.postForm("contact", form).statusCode()).isEqualTo(413);
            assertThat(service.store().count()).isZero();
            form.put("message", "x".repeat(3000));
            assertThat(service.postForm("contact", form).statusCode()).isEqualTo(303);
        }
    }

    /**
     * A body a little over the limit is read to its end before the 413, so the client gets the answer (an answer
     * sent while the client still writes, then a close, ends in a reset that can discard it) and the connection
     * serves the next post.
     */
    @Test
    void aBodyOverTheLimitIsReadToItsEndThenAnswered413OnAConnectionThatStaysOpen() throws Exception {
        try (TestService service = TestService.start(temp);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.port())) {
            socket.setSoTimeout(20_000);
            Map<String, String> form = validForm();
            form.put("message", "é".repeat(6000));   // 36,000 bytes percent-encoded: over 16 KB, under 4 × 16 KB
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            // the body in two parts, the second a moment later: the answer must wait for it
            byte[] post = formPost(TestService.urlEncoded(form), "");
            out.write(post, 0, post.length / 2);
            out.flush();
            Thread.sleep(300);
            out.write(post, post.length / 2, post.length - post.length / 2);
            out.flush();
            String tooLarge = readAnswer(in);
            assertThat(tooLarge).startsWith("HTTP/1.1 413 ").doesNotContainIgnoringCase("connection: close");

            out.write(formPost(TestService.urlEncoded(validForm()), "Connection: close\r\n"));
            out.flush();
            assertThat(readAnswer(in)).startsWith("HTTP/1.1 303 ");
            assertThat(service.store().count()).isEqualTo(1);
        }
    }

    @Test
    void aBodyAnnouncedOverFourTimesTheLimitIsRefusedBeforeItIsSent() throws Exception {
        try (TestService service = TestService.start(temp)) {
            String head = "POST /leads/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + ORIGIN + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (4 * 16 * 1024 + 1)
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";

            assertThat(RawHttp.send(service.port(), head.getBytes(StandardCharsets.ISO_8859_1)).status())
                    .isEqualTo(413);
            assertThat(service.store().count()).isZero();
        }
    }

    private static byte[] formPost(String body, String extraHeaders) {
        return ("POST /leads/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + ORIGIN + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n"
                + extraHeaders + "\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }

    /** One answer's head and body (its Content-Length), read from a connection that may stay open. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString();
            }
            head.append((char) b);
        }
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        int bodyLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
    }

    @Test
    void aClientOverItsRateGets429() throws Exception {
        try (TestService service = TestService.start(temp, "  rate_per_second: 1\n  burst: 3\n",
                "delivery: {enabled: false}\n")) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(service.postForm("contact", validForm(i)).statusCode());
            }
            assertThat(statuses).contains(429);
            // the token bucket lets the burst through, then refuses until a token is back (1 a second)
            assertThat(statuses.subList(0, 2)).containsOnly(303);
            assertThat(statuses.subList(statuses.indexOf(429), statuses.size())).containsOnly(429);
            assertThat(service.store().count()).isEqualTo(statuses.stream().filter(s -> s == 303).count());
            // the health check is not rate limited
            assertThat(service.send(HttpRequest.newBuilder(service.uri("/healthz")).GET()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aFilledHoneypotOrATooFastPostLooksAcceptedButIsQuarantined() throws Exception {
        try (TestService service = TestService.start(temp)) {
            Map<String, String> robot = validForm();
            robot.put("website", "http://spam.example");
            HttpResponse<String> honeypot = service.postForm("contact", robot);
            assertThat(honeypot.statusCode()).isEqualTo(303);
            assertThat(honeypot.headers().firstValue("Location")).hasValue(ORIGIN + "/bedankt/");

            Map<String, String> fast = validForm();
            fast.put("elapsed_ms", "800");
            assertThat(service.postForm("contact", fast).statusCode()).isEqualTo(303);
            HttpResponse<String> fastJson = service.postJson("contact", new ObjectMapper().writeValueAsString(fast));
            assertThat(fastJson.statusCode()).isEqualTo(202);
            assertThat(fastJson.body()).contains("\"id\"");

            assertThat(service.store().count()).as("not among the leads to deliver").isZero();
            assertThat(service.store().quarantined(10)).as("kept for review").hasSize(3);
            // an invalid robot post is not kept: there is no lead in it
            robot.put("email", "not an address");
            assertThat(service.postForm("contact", robot).statusCode()).isEqualTo(303);
            assertThat(service.store().quarantined(10)).hasSize(3);
            // without the script (no elapsed_ms) there is no time trap
            Map<String, String> noScript = validForm();
            noScript.remove("elapsed_ms");
            assertThat(service.postForm("contact", noScript).statusCode()).isEqualTo(303);
            assertThat(service.store().count()).isEqualTo(1);
        }
    }

    @Test
    void lineBreaksMeantForMailHeadersAreStripped() throws Exception {
        try (TestService service = TestService.start(temp)) {
            Map<String, String> form = validForm();
            form.put("name", "Els\r\nBcc: victim@example.com");
            form.put("organisation", "Gemeente Lindebeek\nSubject: win");
            form.put("source_title", "Lindebeek\r\nX-Injected: 1");
            form.put("utm_campaign", "herfst\r\nTo: x@example.com");
            form.put("message", "eerste regel\r\ntweede regel");

            assertThat(service.postForm("contact", form, "Idempotency-Key", "k").statusCode()).isEqualTo(303);

            Lead lead = service.store().list(1).get(0).lead();
            assertThat(lead.field("name")).isEqualTo("Els Bcc: victim@example.com");
            assertThat(lead.field("organisation")).isEqualTo("Gemeente Lindebeek Subject: win");
            assertThat(lead.source().title()).isEqualTo("Lindebeek X-Injected: 1");
            assertThat(lead.utm().get("utm_campaign")).isEqualTo("herfst To: x@example.com");
            // the free text keeps its lines (it never goes into a header)
            assertThat(lead.field("message")).isEqualTo("eerste regel\ntweede regel");

            Map<String, String> twoAddresses = validForm();
            twoAddresses.put("email", "a@example.com\r\nBcc: b@example.com");
            assertThat(service.postForm("contact", twoAddresses).statusCode()).isEqualTo(422);
            twoAddresses.put("email", "a@example.com, b@example.com");
            assertThat(service.postForm("contact", twoAddresses).statusCode()).isEqualTo(422);
        }
    }
}
