package be.storysite.leads.http;

import static be.storysite.leads.http.TestService.validForm;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed post is answered 4xx with one short sentence in the page's language, never a 500, never an
 * exception's name; nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestService service;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        service = TestService.start(temp);
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
    }

    @Test
    void invalidUtf8InAJsonBodyIs400InTheBrowsersLanguage() throws Exception {
        byte[] body = concat("{\"name\": \"Els ".getBytes(UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
                "\", \"email\": \"els@lindebeek.example\"}".getBytes(UTF_8));

        HttpResponse<String> answer = service.post("contact", "application/json", body, "Accept-Language", "fr-BE,fr;q=0.9");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(error(answer)).isEqualTo("Les données sont arrivées altérées (texte UTF-8 non valide). "
                + "Revenez au formulaire et renvoyez-le.");
        assertNoInternals(answer.body());
    }

    @Test
    void invalidUtf8InAFormPostIs400InThePagesLanguage() throws Exception {
        for (byte[] body : new byte[][] {
                "lang=en&name=Els%C0%AFPeeters".getBytes(UTF_8),          // an overlong '/'
                "lang=en&name=%ED%A0%80".getBytes(UTF_8),                 // an encoded surrogate
                "lang=en&name=Els%E2%82".getBytes(UTF_8),                 // cut in the middle of a character
                concat("lang=en&name=".getBytes(UTF_8), new byte[] {(byte) 0xFF}),
                "lang=en&name=%zz".getBytes(UTF_8)}) {
            HttpResponse<String> answer = service.post("contact", "application/x-www-form-urlencoded", body);

            assertThat(answer.statusCode()).as(new String(body, ISO_8859_1)).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(answer.body()).contains("<html lang=\"en\">")
                    .contains("The data arrived garbled (not valid UTF-8 text). Go back to the form and send it again.");
            assertNoInternals(answer.body());
        }
    }

    @Test
    void aMissingOrBrokenContentTypeOrAnotherCharsetIs415() throws Exception {
        byte[] json = JSON.writeValueAsBytes(validForm());
        for (String type : new String[] {null, ";;;", "", "text/plain", "application/json; charset=iso-8859-1",
                "application/json;;charset", "multipart/form-data; boundary=x"}) {
            HttpResponse<String> answer = service.post("contact", type, json, "Accept", "application/json");

            assertThat(answer.statusCode()).as(String.valueOf(type)).isEqualTo(415);
            assertThat(error(answer)).startsWith("Verstuur het formulier ");
            assertNoInternals(answer.body());
        }
        assertThat(service.post("contact", "Application/JSON; Charset=\"UTF-8\"", json).statusCode()).isEqualTo(202);
    }

    @Test
    void brokenJsonOrAnythingButOneObjectIs400() throws Exception {
        for (String body : new String[] {"{\"name\": ", "[]", "\"x\"", "null", "", "{} {}", "{\"name\":\"a\",\"name\":\"b\"}",
                "{\"name\":\"\\ud800\"}", "{\"lang\":\"en\"} trailing", "{\"name\": tru}", "{\"name\":\"\\x41\"}"}) {
            HttpResponse<String> answer = service.postJson("contact", body);

            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(error(answer)).isNotBlank();
            assertNoInternals(answer.body());
        }
    }

    @Test
    void anArrayOrObjectWhereOneValueIsExpectedIsRefusedNotHalfRead() throws Exception {
        long stored = service.store().count();
        Map<String, Object> form = new java.util.LinkedHashMap<>(validForm());
        form.put("lang", "en");
        form.put("email", java.util.List.of("a@b.be", "x@y.be"));
        HttpResponse<String> array = service.postJson("contact", JSON.writeValueAsString(form));
        form.put("email", Map.of("address", "a@b.be"));
        HttpResponse<String> object = service.postJson("contact", JSON.writeValueAsString(form));
        HttpResponse<String> twice = service.post("contact", "application/x-www-form-urlencoded",
                TestService.urlEncoded(validForm()) + "&email=x%40y.be");

        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(error(array)).isEqualTo("The field 'email' takes one value, not a list.");
        assertThat(object.statusCode()).isEqualTo(400);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("Het veld &#39;email&#39; krijgt één waarde, geen lijst.");
        assertThat(service.store().count()).isEqualTo(stored);
    }

    @Test
    void aFieldTheFormDoesNotHaveIsRefusedAndNamed() throws Exception {
        long stored = service.store().count();
        Map<String, String> form = validForm();
        form.put("lang", "fr");
        form.put("is_admin", "true");

        HttpResponse<String> answer = service.postJson("contact", JSON.writeValueAsString(form));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(error(answer)).isEqualTo("Ce formulaire n'a pas de champ « is_admin ». Rechargez la page et réessayez.");
        assertThat(service.store().count()).isEqualTo(stored);
    }

    @Test
    void anUnknownFormAndAReusedIdempotencyKeyAreToldInThePagesLanguage() throws Exception {
        Map<String, String> form = validForm();
        form.put("lang", "fr");
        HttpResponse<String> unknown = service.postJson("offerte", JSON.writeValueAsString(form));
        form.put("lang", "en");
        service.postJson("contact", JSON.writeValueAsString(form), "Idempotency-Key", "key-reused-1");
        form.put("name", "Someone Else");
        HttpResponse<String> reused = service.postJson("contact", JSON.writeValueAsString(form),
                "Idempotency-Key", "key-reused-1");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown)).isEqualTo("Ce formulaire n'existe pas.");
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(error(reused)).isEqualTo(
                "This Idempotency-Key was already used for a different request. Use a new key for a new submission.");
    }

    @Test
    void numbersBooleansAndNullAreScalarsAndTooLongValuesAre422() throws Exception {
        Map<String, Object> form = new java.util.LinkedHashMap<>(validForm());
        form.put("elapsed_ms", 9000);
        form.put("consent", true);
        form.put("phone", null);
        form.put("name", "x".repeat(101));
        HttpResponse<String> tooLong = service.postJson("contact", JSON.writeValueAsString(form));
        form.put("name", "Els Peeters");
        HttpResponse<String> fine = service.postJson("contact", JSON.writeValueAsString(form));

        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(tooLong.body()).get("errors").get("name").asText()).isEqualTo("Gebruik hoogstens 100 tekens.");
        assertThat(fine.statusCode()).isEqualTo(202);
    }

    @Test
    void jettysOwnErrorsAreShortAndNameNoException() throws Exception {
        String[] requests = {
                "GARBAGE\r\n\r\n",
                "GET /leads/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /%C0%AF HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "POST /leads/contact HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9000) + "\r\nConnection: close\r\n\r\n",
                "POST /leads/contact HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nConnection: close\r\n\r\n",
                "POST /leads/contact HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\nConnection: close\r\n\r\n"};
        for (String request : requests) {
            RawHttp.Answer answer = RawHttp.send(service.port(), request.getBytes(ISO_8859_1));

            assertThat(answer.status()).as(request.substring(0, Math.min(30, request.length()))).isBetween(400, 499);
            assertThat(answer.body()).as(request.substring(0, Math.min(30, request.length())))
                    .contains("<html lang=\"nl\">");
            assertNoInternals(answer.head() + answer.body());
        }
    }

    private static String error(HttpResponse<String> answer) throws Exception {
        JsonNode body = JSON.readTree(answer.body());
        return body.get("error").asText();
    }

    /** Neither a stack trace nor the name or message of an exception. */
    static void assertNoInternals(String text) {
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.eclipse")
                .doesNotContain("java.").doesNotContain("Utf8").doesNotContain("Jackson").doesNotContain("jackson");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
