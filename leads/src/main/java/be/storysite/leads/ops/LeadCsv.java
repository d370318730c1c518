package be.storysite.leads.ops;

import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.Lead;
import be.storysite.leads.store.StoredLead;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes leads as CSV (RFC 4180: a header row, cells with commas, quotes or line breaks quoted), one row per lead,
 * every cell guarded against formula injection. Fields beyond the usual ones go into {@code other_fields} as JSON.
 *
 * <pre>{@code
 * try (LeadCsv csv = new LeadCsv(writer)) {   // flushes, leaves writer open
 *     store.forEach(csv::write);
 * }
 * }</pre>
 */
public final class LeadCsv implements AutoCloseable {

    /** The usual fields of the contact form, each in its own column. */
    static final List<String> FIELDS = List.of("name", "email", "phone", "organisation", "organisation_type",
            "municipality", "postcode", "topic", "message");
    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("id", "received_at", "form", "form_version", "lang",
                "source_url", "source_title", "source_kind", "source_slug", "referrer", "utm"));
        columns.addAll(FIELDS);
        columns.addAll(List.of("other_fields", "consent", "privacy_version", "manager_id", "manager_email", "rule_id",
                "fallback_used", "routing_reason", "delivery_state", "delivery_attempts", "last_reply"));
        COLUMNS = List.copyOf(columns);
    }

    private final ObjectMapper json = new ObjectMapper();
    private final TableCsv rows;

    public LeadCsv(Writer out) {
        this.rows = new TableCsv(out, TableCsv.Dialect.STANDARD, COLUMNS);
    }

    public void write(StoredLead stored) {
        Lead lead = stored.lead();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.addAll(List.of(lead.id(), lead.receivedAt().toString(), lead.formId(), lead.formVersion(), lead.lang(),
                lead.source().url(), lead.source().title(), lead.source().kind(), lead.source().slug(),
                lead.referrer(), toJson(lead.utm())));
        FIELDS.forEach(field -> row.add(lead.field(field)));
        Map<String, String> other = new LinkedHashMap<>(lead.fields());
        FIELDS.forEach(other::remove);
        DeliveryJob last = stored.jobs().isEmpty() ? null : stored.jobs().get(stored.jobs().size() - 1);
        row.addAll(List.of(other.isEmpty() ? "" : toJson(other), String.valueOf(lead.consent().given()),
                lead.consent().privacyVersion(), lead.routing().managerId(), lead.routing().managerEmail(),
                lead.routing().ruleId(), String.valueOf(lead.routing().fallbackUsed()), lead.routing().reason(),
                last == null ? "" : last.state().name(), last == null ? "" : String.valueOf(last.attempts()),
                last == null ? "" : last.lastReply()));
        rows.row(row);   // every cell guarded by CsvCells.safe
    }

    private String toJson(Map<String, String> map) {
        try {
            return map.isEmpty() ? "" : json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a map of strings as JSON", e);
        }
    }

    @Override
    public void close() {
        rows.close();
    }
}
