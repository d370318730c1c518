package be.storysite.leads.delivery;

import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the notification to a relationship manager shows, as the model of the {@code notification.*} templates:
 * the prospect's fields with the form's own labels, the page they came from, how they found it, and why this
 * manager got the lead. Only data: every sentence and heading is in the templates and their message files. Values
 * that come from the visitor are never used as message keys or template names; a label or kind the message file
 * does not know is shown as it is.
 */
final class NotificationContent {

    /** The usual order when the form definition gives none. */
    private static final List<String> USUAL_ORDER = List.of("name", "email", "phone", "organisation",
            "organisation_type", "municipality", "postcode", "topic", "message");
    static final DateTimeFormatter BRUSSELS_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss z", Locale.ROOT)
            .withZone(ZoneId.of("Europe/Brussels"));

    private final FieldCatalog catalog;
    private final RoutingReasonText reasons;

    NotificationContent(FieldCatalog catalog) {
        this.catalog = catalog;
        this.reasons = new RoutingReasonText(catalog);
    }

    /** The template model for {@code lead}, sent to {@code recipient}, in the language of {@code texts}. */
    Map<String, Object> of(Lead lead, String recipient, boolean replyToProspect, MailMessages texts) {
        String lang = texts.lang();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("leadId", lead.id());
        model.put("receivedAt", BRUSSELS_TIME.format(lead.receivedAt()));
        model.put("name", lines(lead.field("name")));
        model.put("organisation", lines(lead.field("organisation")));
        model.put("topic", shownValue(lead, "topic", lang));
        model.put("replyToProspect", replyToProspect);
        model.put("fields", fieldRows(lead, texts));
        model.put("source", source(lead, texts));
        model.put("referrer", link(lead.referrer()));
        List<Map<String, Object>> utm = new ArrayList<>();
        new TreeMap<>(lead.utm()).forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                utm.add(Map.of("key", lines(key), "value", lines(value)));
            }
        });
        model.put("utm", utm);
        model.put("routing", routing(lead.routing(), recipient, reasons.of(lead, texts)));
        model.put("consent", lead.consent() == null ? Map.of("known", false) : Map.of("known", true,
                "given", lead.consent().given(), "privacyVersion", nonNull(lead.consent().privacyVersion())));
        model.put("formId", lead.formId());
        model.put("formVersion", nonNull(lead.formVersion()));
        return model;
    }

    /** The field's value as the prospect saw it: a choice's label in the lead's language rather than its code. */
    String shownValue(Lead lead, String field, String lang) {
        String value = lead.field(field);
        return lines(catalog.choiceLabel(lead.formId(), field, value, lang).filter(text -> !text.isBlank())
                .orElse(value));
    }

    private List<Map<String, Object>> fieldRows(Lead lead, MailMessages texts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String field : orderedFields(lead)) {
            String label = catalog.label(lead.formId(), field, texts.lang()).filter(text -> !text.isBlank())
                    .or(() -> texts.find("field." + field)).orElse(field);
            String value = shownValue(lead, field, texts.lang());
            String link = "email".equals(field) && HeaderText.singleAddress(value).isPresent() ? "mailto:" + value : "";
            rows.add(Map.of("name", field, "label", lines(label), "value", value, "link", link));
        }
        return rows;
    }

    /** The form's order, then the usual order, then any other field alphabetically: nothing is ever left out. */
    private List<String> orderedFields(Lead lead) {
        Set<String> order = new LinkedHashSet<>(catalog.order(lead.formId()));
        order.addAll(USUAL_ORDER);
        List<String> fields = new ArrayList<>();
        for (String field : order) {
            if (lead.fields().containsKey(field)) {
                fields.add(field);
            }
        }
        Set<String> rest = new TreeSet<>(lead.fields().keySet());
        rest.removeAll(fields);
        fields.addAll(rest);
        return fields;
    }

    private static Map<String, Object> source(Lead lead, MailMessages texts) {
        SourcePage source = lead.source();
        if (source == null) {
            return Map.of("known", false, "title", "", "url", link(""), "kind", "", "kindLabel", "", "slug", "");
        }
        String kind = nonNull(source.kind());
        return Map.of("known", true, "title", lines(source.title()), "url", link(source.url()), "kind", kind,
                "kindLabel", texts.find("source.kind." + kind).orElse(kind), "slug", lines(source.slug()));
    }

    private static Map<String, Object> routing(RoutingResult routing, String recipient, String reason) {
        if (routing == null) {
            return Map.of("known", false, "recipient", recipient, "managerName", "", "ruleId", "", "reason", "",
                    "fallbackUsed", false);
        }
        return Map.of("known", true, "recipient", recipient, "managerName", lines(routing.managerName()),
                "ruleId", lines(routing.ruleId()), "reason", lines(reason),
                "fallbackUsed", routing.fallbackUsed());
    }

    /** A text and, when it is an http(s) or mailto address, the same as a link target (else the link is empty). */
    private static Map<String, Object> link(String value) {
        String text = lines(value);
        return Map.of("text", text, "link", Links.safe(text) ? text.strip() : "");
    }

    /** Line breaks as {@code \n} only, so both templates split lines the same way; null as empty. */
    private static String lines(String value) {
        return nonNull(value).replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
