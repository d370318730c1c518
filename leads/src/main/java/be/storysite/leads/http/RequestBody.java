package be.storysite.leads.http;

import be.storysite.forms.FieldText;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * A posted body turned into parameters: {@code application/x-www-form-urlencoded} (the page without JavaScript) or
 * one flat {@code application/json} object (the page's script). Strict, because everything here came from the
 * internet: the bytes must be UTF-8 (no overlong forms, no encoded surrogates), and every field has at most one
 * value, so {@code "email": ["a@b.be", "x@y.be"]} or {@code email=a@b.be&email=x@y.be} is refused rather than
 * half-read. JSON values may be strings, numbers (kept as written), booleans ({@code true} becomes "true",
 * {@code false} is left out like an unticked checkbox) or null (left out). Anything else is a {@link Rejection}:
 * 415 for a missing or other content type or charset, 400 for the rest.
 *
 * <pre>{@code
 * byte[] bytes = "{\"email\":\"a@b.be\",\"consent\":true}".getBytes(StandardCharsets.UTF_8);
 * RequestBody.parse("application/json", bytes).params();   // {email=[a@b.be], consent=[true]}
 * }</pre>
 *
 * @param json whether the client posted JSON (and so wants JSON answers)
 * @param params the parameters, each with no value or one
 */
public record RequestBody(boolean json, Map<String, List<String>> params) {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";
    /** Long enough for any field name the forms allow; longer names are only shortened in messages. */
    private static final int SHOWN_NAME = 40;
    // Immutable once built: safe to share between request threads.
    private static final JsonFactory JSON_FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    public static RequestBody parse(String contentType, byte[] body) throws Rejection {
        String type = mediaType(contentType);
        return switch (type) {
            case FORM -> new RequestBody(false, form(utf8(body)));
            case JSON -> new RequestBody(true, json(utf8(body)));
            default -> throw new Rejection(415, "contentType", "content type '" + shown(type) + "'");
        };
    }

    /**
     * The media type in lower case ({@code ""} when absent or unreadable); a charset other than UTF-8 is refused,
     * since this class decodes UTF-8 only.
     */
    static String mediaType(String contentType) throws Rejection {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        Map<String, String> parameters = new HashMap<>();
        String type = HttpField.getValueParameters(contentType, parameters);
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String charset = parameter.getValue() == null ? "" : parameter.getValue().strip();
            if (parameter.getKey().equalsIgnoreCase("charset")
                    && !(charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8"))) {
                throw new Rejection(415, "charset", "charset '" + shown(charset) + "'");
            }
        }
        return type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    }

    /** Strict UTF-8: a malformed byte sequence is an error, never a silent U+FFFD. */
    static String utf8(byte[] body) throws Rejection {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Rejection(400, "encoding", "the body is not valid UTF-8");
        }
    }

    private static Map<String, List<String>> form(String body) throws Rejection {
        MultiMap<String> fields = new MultiMap<>();
        try {
            // Jetty's decoder is strict too: bad %-escapes and invalid UTF-8 inside them are errors.
            UrlEncoded.decodeUtf8To(body, fields);
        } catch (IllegalArgumentException e) {
            throw new Rejection(400, "encoding", "the form data is not valid UTF-8 url-encoding");
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            if (field.getValue().size() > 1) {
                throw oneValue(field.getKey(), "posted " + field.getValue().size() + " times");
            }
            params.put(field.getKey(), List.copyOf(field.getValue()));
        }
        return params;
    }

    private static Map<String, List<String>> json(String body) throws Rejection {
        try (JsonParser parser = JSON_FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new Rejection(400, "object", "the JSON body is not one object");
            }
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                params.put(wellFormed(name, "a field name"), value(parser, name));
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new Rejection(400, "json", "content after the JSON object");
            }
            return params;
        } catch (StreamReadException e) {
            throw new Rejection(400, "json", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            // Parsing a String does no I/O; a parser error is the only cause.
            throw new Rejection(400, "json", "the body is not valid JSON: " + e.getMessage());
        }
    }

    private static List<String> value(JsonParser parser, String name) throws IOException, Rejection {
        JsonToken token = parser.nextToken();
        return switch (token) {
            case VALUE_STRING -> List.of(wellFormed(parser.getText(), "field '" + shown(name) + "'"));
            // Kept exactly as written: 0032 or 1e999 are not for this class to reinterpret.
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> List.of(parser.getText());
            case VALUE_TRUE -> List.of("true");
            case VALUE_FALSE, VALUE_NULL -> List.of();
            case START_ARRAY -> throw oneValue(name, "posted as a JSON array");
            case START_OBJECT -> throw oneValue(name, "posted as a JSON object");
            default -> throw new Rejection(400, "json", "unexpected " + token + " for field '" + shown(name) + "'");
        };
    }

    /** A JSON escape can spell half a surrogate pair ({@code "\ud800"}), which no UTF-8 text can hold. */
    private static String wellFormed(String text, String what) throws Rejection {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Rejection(400, "encoding", "an unpaired surrogate in " + what);
            }
        }
        return text;
    }

    private static Rejection oneValue(String name, String how) {
        return new Rejection(400, "oneValue", "field '" + shown(name) + "' " + how, shown(name));
    }

    /** Client text as it may appear in a message or a log line: one short line. */
    static String shown(String text) {
        return FieldText.singleLine(text, SHOWN_NAME);
    }
}
