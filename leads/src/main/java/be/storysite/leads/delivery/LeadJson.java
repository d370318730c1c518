package be.storysite.leads.delivery;

import be.storysite.leads.model.Lead;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lead as the CRM webhook sends it: a stable, documented JSON shape (see {@code docs/delivery.md}), not a
 * dump of the Java record, so that renaming a field in the code never breaks an integration.
 *
 * <pre>{@code
 * String json = new LeadJson().toJson(lead);   // {"id":"01J...","receivedAt":"2026-...","form":{...},...}
 * }</pre>
 */
public final class LeadJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public String toJson(Lead lead) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", lead.id());
        root.put("receivedAt", lead.receivedAt().toString());
        root.put("lang", lead.lang());
        ObjectNode form = root.putObject("form");
        form.put("id", lead.formId());
        form.put("version", lead.formVersion());
        ObjectNode source = root.putObject("source");
        if (lead.source() != null) {
            source.put("url", lead.source().url());
            source.put("title", lead.source().title());
            source.put("kind", lead.source().kind());
            source.put("slug", lead.source().slug());
        }
        root.put("referrer", lead.referrer());
        putSorted(root.putObject("utm"), lead.utm());
        putSorted(root.putObject("fields"), lead.fields());
        ObjectNode consent = root.putObject("consent");
        if (lead.consent() != null) {
            consent.put("given", lead.consent().given());
            consent.put("privacyVersion", lead.consent().privacyVersion());
        }
        ObjectNode routing = root.putObject("routing");
        if (lead.routing() != null) {
            routing.put("managerId", lead.routing().managerId());
            routing.put("managerName", lead.routing().managerName());
            routing.put("managerEmail", lead.routing().managerEmail());
            routing.put("ruleId", lead.routing().ruleId());
            routing.put("fallbackUsed", lead.routing().fallbackUsed());
            routing.put("reason", lead.routing().reason());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static void putSorted(ObjectNode node, Map<String, String> values) {
        new TreeMap<>(values).forEach(node::put);
    }
}
