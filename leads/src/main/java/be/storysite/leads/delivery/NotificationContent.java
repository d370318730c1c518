package be.storysite.leads.delivery;

import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the notification to a relationship manager says, in Dutch (the managers are Belgian sales people): the
 * prospect's fields with the form's own labels, the page they came from, how they found it, and why this manager
 * got the lead.
 */
final class NotificationContent {

    /** Labels for the usual fields when the form definition has none. */
    private static final Map<String, String> DUTCH_LABELS = Map.ofEntries(
            Map.entry("name", "Naam"), Map.entry("email", "E-mail"), Map.entry("phone", "Telefoon"),
            Map.entry("organisation", "Organisatie"), Map.entry("organisation_type", "Type organisatie"),
            Map.entry("municipality", "Gemeente"), Map.entry("postcode", "Postcode"),
            Map.entry("topic", "Onderwerp"), Map.entry("message", "Bericht"));
    /** The usual order when the form definition gives none. */
    private static final List<String> USUAL_ORDER = List.of("name", "email", "phone", "organisation",
            "organisation_type", "municipality", "postcode", "topic", "message");
    private static final Map<String, String> SOURCE_KINDS = Map.of(
            "story", "klantverhaal", "service", "dienst", "page", "pagina");
    static final DateTimeFormatter BRUSSELS_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss z")
            .withZone(ZoneId.of("Europe/Brussels"));

    private final FieldCatalog catalog;

    NotificationContent(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    MailContent of(Lead lead, String recipient, boolean replyToProspect) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(intro(lead));
        paragraphs.add(replyToProspect
                ? "Antwoord op deze mail om de aanvrager rechtstreeks te contacteren."
                : "Let op: het opgegeven e-mailadres is geen geldig adres; antwoorden op deze mail komt niet bij de"
                        + " aanvrager aan. Gebruik de gegevens hieronder.");
        return new MailContent("Nieuwe lead via het contactformulier", paragraphs, List.of(
                new MailContent.Section("Gegevens van de aanvrager", fieldRows(lead)),
                new MailContent.Section("Bronpagina", sourceRows(lead)),
                new MailContent.Section("Herkomst van het bezoek", originRows(lead)),
                new MailContent.Section("Waarom krijgt u deze lead?", routingRows(lead.routing(), recipient)),
                new MailContent.Section("Administratie", adminRows(lead))));
    }

    /** The field's value as the prospect saw it: a choice's Dutch label rather than its code. */
    String shownValue(Lead lead, String field) {
        String value = lead.field(field);
        return catalog.choiceLabel(lead.formId(), field, value, "nl").filter(text -> !text.isBlank()).orElse(value);
    }

    private String intro(Lead lead) {
        SourcePage source = lead.source();
        String who = lead.field("name").isBlank() ? "Een bezoeker" : lead.field("name");
        String org = lead.field("organisation").isBlank() ? "" : " (" + lead.field("organisation") + ")";
        String where = source == null || source.title().isBlank() ? "de website" : "\u201C" + source.title() + "\u201D";
        return who + org + " vulde het contactformulier in op " + where + ", op "
                + BRUSSELS_TIME.format(lead.receivedAt()) + ".";
    }

    private List<MailContent.Row> fieldRows(Lead lead) {
        List<MailContent.Row> rows = new ArrayList<>();
        for (String field : orderedFields(lead)) {
            String label = catalog.label(lead.formId(), field, "nl").filter(text -> !text.isBlank())
                    .orElse(DUTCH_LABELS.getOrDefault(field, field));
            String value = shownValue(lead, field);
            String link = "email".equals(field) && HeaderText.singleAddress(value).isPresent() ? "mailto:" + value : null;
            rows.add(new MailContent.Row(label, value, link));
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

    private static List<MailContent.Row> sourceRows(Lead lead) {
        List<MailContent.Row> rows = new ArrayList<>();
        SourcePage source = lead.source();
        if (source == null) {
            return rows;
        }
        addIfPresent(rows, "Titel", source.title(), null);
        addIfPresent(rows, "Adres", source.url(), source.url());
        addIfPresent(rows, "Soort pagina", SOURCE_KINDS.getOrDefault(source.kind(), source.kind()), null);
        addIfPresent(rows, "story".equals(source.kind()) ? "Klantverhaal" : "Dienst / pagina", source.slug(), null);
        addIfPresent(rows, "Taal van de pagina", lead.lang(), null);
        return rows;
    }

    private static List<MailContent.Row> originRows(Lead lead) {
        List<MailContent.Row> rows = new ArrayList<>();
        addIfPresent(rows, "Verwijzende pagina", lead.referrer(), lead.referrer());
        new java.util.TreeMap<>(lead.utm()).forEach((key, value) -> addIfPresent(rows, key, value, null));
        return rows;
    }

    private static List<MailContent.Row> routingRows(RoutingResult routing, String recipient) {
        List<MailContent.Row> rows = new ArrayList<>();
        if (routing == null) {
            rows.add(MailContent.Row.of("Ontvanger", recipient));
            return rows;
        }
        addIfPresent(rows, "Relatiebeheerder", routing.managerName(), null);
        rows.add(MailContent.Row.of("Verstuurd naar", recipient));
        addIfPresent(rows, "Routeringsregel", routing.ruleId(), null);
        addIfPresent(rows, "Reden", routing.reason(), null);
        rows.add(MailContent.Row.of("Terugvaloplossing gebruikt", routing.fallbackUsed()
                ? "ja (de eerst gekozen relatiebeheerder was niet beschikbaar)" : "nee"));
        return rows;
    }

    private static List<MailContent.Row> adminRows(Lead lead) {
        List<MailContent.Row> rows = new ArrayList<>();
        if (lead.consent() != null) {
            rows.add(MailContent.Row.of("Toestemming", lead.consent().given() ? "ja" : "nee"));
            addIfPresent(rows, "Versie privacyverklaring", lead.consent().privacyVersion(), null);
        }
        rows.add(MailContent.Row.of("Formulier", lead.formId()
                + (lead.formVersion() == null || lead.formVersion().isBlank() ? "" : " (versie " + lead.formVersion() + ")")));
        rows.add(MailContent.Row.of("Lead-id", lead.id()));
        rows.add(MailContent.Row.of("Ontvangen", BRUSSELS_TIME.format(lead.receivedAt())));
        return rows;
    }

    private static void addIfPresent(List<MailContent.Row> rows, String label, String value, String link) {
        if (value != null && !value.isBlank()) {
            rows.add(new MailContent.Row(label, value, link));
        }
    }
}
