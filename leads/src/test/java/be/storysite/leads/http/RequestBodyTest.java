package be.storysite.leads.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    @Test
    void readsAFlatJsonObjectKeepingNumbersAsWritten() throws Exception {
        RequestBody body = RequestBody.parse("application/json; charset=UTF-8",
                "{\"email\":\"a@b.be\",\"consent\":true,\"newsletter\":false,\"phone\":null,\"elapsed_ms\":0042}"
                        .replace("0042", "42.50").getBytes(UTF_8));

        assertThat(body.json()).isTrue();
        assertThat(body.params()).isEqualTo(Map.of("email", List.of("a@b.be"), "consent", List.of("true"),
                "newsletter", List.of(), "phone", List.of(), "elapsed_ms", List.of("42.50")));
    }

    @Test
    void readsAFormPostDecodingUtf8() throws Exception {
        RequestBody body = RequestBody.parse("application/x-www-form-urlencoded",
                "name=%C3%89lise+M%C3%BCller&email=e%40x.be&website=".getBytes(UTF_8));

        assertThat(body.json()).isFalse();
        assertThat(body.params()).containsEntry("name", List.of("Élise Müller")).containsEntry("website", List.of(""));
    }

    @Test
    void eachMalformedBodyHasItsStatusAndMessage() {
        assertRejected(null, "a=b", 415, "contentType");
        assertRejected(";;;", "a=b", 415, "contentType");
        assertRejected("application/x-www-form-urlencoded; charset=windows-1252", "a=b", 415, "charset");
        assertRejected("application/json", "{\"a\":[\"x\",\"y\"]}", 400, "oneValue");
        assertRejected("application/json", "{\"a\":{\"b\":1}}", 400, "oneValue");
        assertRejected("application/json", "[{\"a\":1}]", 400, "object");
        assertRejected("application/json", "{\"a\":1,\"a\":2}", 400, "json");
        assertRejected("application/json", "{\"a\":\"\\udc00x\"}", 400, "encoding");
        // Jackson itself refuses half a surrogate pair in a name
        assertRejected("application/json", "{\"\\ud800\":\"x\"}", 400, "json");
        assertRejected("application/x-www-form-urlencoded", "a=1&a=2", 400, "oneValue");
        assertRejected("application/x-www-form-urlencoded", "a=%C0%80", 400, "encoding");
        assertThatThrownBy(() -> RequestBody.parse("application/json", new byte[] {'{', '"', (byte) 0xE0, (byte) 0x80,
                (byte) 0x80, '"', ':', '1', '}'})).isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.key()).isEqualTo("encoding");
                });
    }

    @Test
    void theRejectionNamesTheFieldOnOneShortLine() {
        assertThatThrownBy(() -> RequestBody.parse("application/json",
                "{\"em\\nail\":[1,2]}".getBytes(UTF_8))).isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.args()).containsExactly("em ail"));
    }

    private static void assertRejected(String contentType, String body, int status, String key) {
        assertThatThrownBy(() -> RequestBody.parse(contentType, body.getBytes(UTF_8)))
                .as("%s %s", contentType, body)
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.status()).isEqualTo(status);
                    assertThat(r.key()).isEqualTo(key);
                });
    }
}
