package be.storysite.leads.delivery;

import be.storysite.leads.model.Consent;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Leads for tests: an ordinary one, and a hostile one with markup, quotes and header injection everywhere. */
final class TestLeads {

    static final String HOSTILE = "<script>alert(\"x\")</script>'\"&";

    private TestLeads() {
    }

    static RoutingResult routedTo(String managerId, String name, String email) {
        return new RoutingResult(managerId, name, email, "account-lindebeek", false,
                "named account: Gemeente Lindebeek");
    }

    static Lead ordinary(String id, RoutingResult routing) {
        return ordinary(id, routing, Instant.parse("2026-11-29T09:15:00Z"));
    }

    static Lead ordinary(String id, RoutingResult routing, Instant receivedAt) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Jan Peeters");
        fields.put("email", "jan.peeters@lindebeek.be");
        fields.put("phone", "+32 11 22 33 44");
        fields.put("organisation", "Gemeente Lindebeek");
        fields.put("organisation_type", "municipality");
        fields.put("postcode", "3500");
        fields.put("topic", "cloud");
        fields.put("message", "Wij willen onze servers naar de cloud brengen.\nKan iemand ons bellen?");
        return new Lead(id, receivedAt, "contact", "v1a2b3", new SourcePage(
                "https://www.vicinia.be/verhalen/lindebeek-cloud/", "Lindebeek kiest voor de cloud", "story",
                "lindebeek-cloud"), "https://www.google.be/", Map.of("utm_source", "newsletter",
                "utm_campaign", "najaar"), "nl", fields, new Consent(true, "2024-05"), routing);
    }

    /** Every field (and every page detail) carries script, quotes and a CR/LF header-injection attempt. */
    static Lead hostile(String id, RoutingResult routing) {
        String injected = "ACME\r\nBcc: everyone@evil.example";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Eve " + HOSTILE);
        fields.put("email", "eve@evil.example\r\nBcc: everyone@evil.example");
        fields.put("phone", HOSTILE);
        fields.put("organisation", injected + HOSTILE);
        fields.put("organisation_type", HOSTILE);
        fields.put("municipality", HOSTILE);
        fields.put("postcode", HOSTILE);
        fields.put("topic", "cloud\nSubject: second " + HOSTILE);
        fields.put("message", HOSTILE + "\n<img src=x onerror=alert(1)>");
        fields.put("extra_field", HOSTILE);
        return new Lead(id, Instant.parse("2026-11-29T09:15:00Z"), "contact", "v1", new SourcePage(
                "javascript:alert(1)//" + HOSTILE, "Title " + HOSTILE, "story", "slug" + HOSTILE),
                "https://ref.example/\"><script>x</script>", Map.of("utm_source", HOSTILE), "nl", fields,
                new Consent(true, HOSTILE), routing);
    }
}
