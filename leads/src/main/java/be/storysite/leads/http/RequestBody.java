package be.storysite.leads.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * A posted body turned into parameters: {@code application/x-www-form-urlencoded} (the page without JavaScript) or
 * a flat {@code application/json} object (the page's script). JSON values may be strings, numbers, booleans
 * ({@code true} becomes "true", {@code false} is left out, like an unticked checkbox) or arrays of those.
 *
 * <pre>{@code
 * RequestBody.parse("application/json", "{\"email\":\"a@b.be\",\"consent\":true}").params();
 * }</pre>
 *
 * @param json whether the client posted JSON (and so wants JSON answers)
 * @param params the parameters, each with its values in posted order
 */
public record RequestBody(boolean json, Map<String, List<String>> params) {

    /** The body is neither a form post nor a JSON object; the client gets a 415 or 400. */
    public static final class UnreadableBody extends Exception {
        private final int status;

        UnreadableBody(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static RequestBody parse(String contentType, String body) throws UnreadableBody {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return switch (type) {
            case "application/x-www-form-urlencoded" -> new RequestBody(false, form(body));
            case "application/json" -> new RequestBody(true, json(body));
            default -> throw new UnreadableBody(415, "post the form as application/x-www-form-urlencoded or "
                    + "application/json, not '" + type + "'");
        };
    }

    private static Map<String, List<String>> form(String body) throws UnreadableBody {
        MultiMap<String> fields = new MultiMap<>();
        try {
            UrlEncoded.decodeUtf8To(body, fields);
        } catch (IllegalArgumentException e) {
            throw new UnreadableBody(400, "the form data is not valid UTF-8 url-encoding: " + e.getMessage());
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        fields.forEach((name, values) -> params.put(name, List.copyOf(values)));
        return params;
    }

    private static Map<String, List<String>> json(String body) throws UnreadableBody {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadableBody(400, "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableBody(400, "the body must be one JSON object of field names and values");
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            List<String> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> addScalar(values, item));
            } else {
                addScalar(values, field.getValue());
            }
            params.put(field.getKey(), values);
        }
        return params;
    }

    private static void addScalar(List<String> values, JsonNode node) {
        if (node.isBoolean()) {
            if (node.booleanValue()) {
                values.add("true");
            }
        } else if (node.isValueNode() && !node.isNull()) {
            values.add(node.asText());
        }
    }
}
