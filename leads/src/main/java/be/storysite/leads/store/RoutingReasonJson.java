package be.storysite.leads.store;

import be.storysite.forms.routing.RoutingReason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code routing_why} column: a {@link RoutingReason} as a small JSON object. A value that does not read back
 * (written by another version) is no reason at all: the notification then shows the stored sentence.
 *
 * <pre>{@code
 * String stored = json.write(reason);   // {"kind":"TOPIC","values":["topic","cloud"],"ruleManager":"Elke Wouters",...}
 * json.read(stored);                    // the same reason
 * }</pre>
 */
final class RoutingReasonJson {

    private final ObjectMapper json;

    RoutingReasonJson(ObjectMapper json) {
        this.json = json;
    }

    String write(RoutingReason why) {
        ObjectNode node = json.createObjectNode();
        node.put("kind", why.kind().name());
        why.values().forEach(node.putArray("values")::add);
        node.put("ruleManager", why.ruleManager());
        node.put("takeover", why.takeover().name());
        node.put("takenBy", why.takenBy());
        node.put("refused", why.refused());
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write the routing reason as JSON: " + e.getMessage(), e);
        }
    }

    /** The reason, or null when there is none or it does not read back. */
    RoutingReason read(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(stored);
            List<String> values = new ArrayList<>();
            node.path("values").forEach(value -> values.add(value.asText()));
            return new RoutingReason(RoutingReason.Kind.valueOf(node.path("kind").asText()), values,
                    node.path("ruleManager").asText(), RoutingReason.Takeover.valueOf(node.path("takeover").asText()),
                    node.path("takenBy").asText(), node.path("refused").asText());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
