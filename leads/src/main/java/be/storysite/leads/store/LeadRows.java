package be.storysite.leads.store;

import be.storysite.leads.model.Consent;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and writes rows of the {@code leads} table. Fields and UTM parameters are stored as JSON objects. */
final class LeadRows {

    static final String COLUMNS = "id, received_at, form_id, form_version, lang, source_url, source_title, "
            + "source_kind, source_slug, referrer, utm_json, fields_json, email_key, consent_given, privacy_version, "
            + "manager_id, manager_name, manager_email, rule_id, fallback_used, routing_reason, routing_why";
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();
    private final RoutingReasonJson whyJson = new RoutingReasonJson(json);

    /** The key a GDPR erasure looks leads up by. */
    static String emailKey(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    void insert(Connection connection, Lead lead) throws SQLException {
        String sql = "INSERT INTO leads (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Consent consent = lead.consent() == null ? new Consent(false, "") : lead.consent();
        RoutingResult routing = lead.routing();
        SourcePage source = lead.source() == null ? new SourcePage("", "", "", "") : lead.source();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 0;
            insert.setString(++i, lead.id());
            insert.setLong(++i, lead.receivedAt().toEpochMilli());
            insert.setString(++i, lead.formId());
            insert.setString(++i, nonNull(lead.formVersion()));
            insert.setString(++i, nonNull(lead.lang()));
            insert.setString(++i, source.url());
            insert.setString(++i, source.title());
            insert.setString(++i, source.kind());
            insert.setString(++i, source.slug());
            insert.setString(++i, lead.referrer());
            insert.setString(++i, toJson(lead.utm()));
            insert.setString(++i, toJson(lead.fields()));
            insert.setString(++i, emailKey(lead.field("email")));
            insert.setBoolean(++i, consent.given());
            insert.setString(++i, nonNull(consent.privacyVersion()));
            insert.setString(++i, nonNull(routing.managerId()));
            insert.setString(++i, nonNull(routing.managerName()));
            insert.setString(++i, nonNull(routing.managerEmail()));
            insert.setString(++i, nonNull(routing.ruleId()));
            insert.setBoolean(++i, routing.fallbackUsed());
            insert.setString(++i, nonNull(routing.reason()));
            insert.setString(++i, routing.why() == null ? null : whyJson.write(routing.why()));
            insert.executeUpdate();
        }
    }

    /** The leads with these ids, by id. */
    Map<String, Lead> byIds(Connection connection, Collection<String> ids) throws SQLException {
        Map<String, Lead> leads = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return leads;
        }
        String sql = "SELECT " + COLUMNS + " FROM leads WHERE id IN (" + Sql.placeholders(ids.size()) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Sql.bind(select, 1, ids);
            for (Lead lead : read(select)) {
                leads.put(lead.id(), lead);
            }
        }
        return leads;
    }

    List<Lead> read(PreparedStatement select) throws SQLException {
        List<Lead> leads = new ArrayList<>();
        read(select, (lead, row) -> leads.add(lead));
        return leads;
    }

    /** What to do with each lead read, with its row at hand for the columns beyond {@link #COLUMNS}. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(Lead lead, ResultSet row) throws SQLException;
    }

    void read(PreparedStatement select, RowConsumer consumer) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                consumer.accept(read(rows), rows);
            }
        }
    }

    private Lead read(ResultSet row) throws SQLException {
        return new Lead(
                row.getString("id"),
                Instant.ofEpochMilli(row.getLong("received_at")),
                row.getString("form_id"),
                row.getString("form_version"),
                new SourcePage(row.getString("source_url"), row.getString("source_title"),
                        row.getString("source_kind"), row.getString("source_slug")),
                row.getString("referrer"),
                fromJson(row.getString("utm_json")),
                row.getString("lang"),
                fromJson(row.getString("fields_json")),
                new Consent(row.getBoolean("consent_given"), row.getString("privacy_version")),
                new RoutingResult(row.getString("manager_id"), row.getString("manager_name"),
                        row.getString("manager_email"), row.getString("rule_id"), row.getBoolean("fallback_used"),
                        row.getString("routing_reason"), whyJson.read(row.getString("routing_why"))));
    }

    private String toJson(Map<String, String> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write lead fields as JSON: " + e.getMessage(), e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored lead has unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
