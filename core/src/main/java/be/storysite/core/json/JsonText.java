package be.storysite.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * A tree of maps, lists and plain values as JSON text, written with Jackson's streaming generator: maps in their
 * iteration order, lists in theirs. The bytes are those Jackson's {@code ObjectMapper} writes for the same tree; what
 * it does not do is build serializers by reflection, which a cold JVM paid on every build for a handful of
 * documents (the pages' JSON-LD, the compiled contact form).
 *
 * <pre>{@code
 * JsonText.of(List.of("Lindebeek", 3, true, Map.of("@id", "#org")));   // ["Lindebeek",3,true,{"@id":"#org"}]
 * }</pre>
 */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /**
     * @param tree a {@link Map} with {@link String} keys, a {@link Collection}, a {@link String}, an {@link Integer} or
     *     {@link Long}, a {@link Boolean} or null, nested (what the pages' JSON-LD and the forms hold)
     * @throws IllegalArgumentException for any other value: say in the tree what it should be written as
     */
    public static String of(Object tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a JSON object's key must be a string, not " + entry.getKey());
                }
                json.writeFieldName(key);
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName()
                    + ": put a string, whole number, boolean, map or list in the tree");
        }
    }
}
