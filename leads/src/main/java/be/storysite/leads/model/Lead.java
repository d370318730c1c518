package be.storysite.leads.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One accepted contact-form submission, as stored and as delivered to a relationship manager.
 *
 * <pre>{@code
 * lead.fields().get("organisation");   // "Gemeente Lindebeek"
 * lead.source().title();               // the story the prospect was reading
 * lead.routing().managerEmail();       // who gets it
 * }</pre>
 *
 * @param id stable identifier (also the base of the notification's Message-ID)
 * @param receivedAt when the service accepted it
 * @param formId the form definition's id, e.g. {@code contact}
 * @param formVersion the form definition's version hash the page was built with
 * @param source the page the form was posted from
 * @param referrer the HTTP Referer of the page, may be empty
 * @param utm UTM parameters of the visit ({@code utm_source}, ...), may be empty
 * @param lang the page language: nl, fr or en
 * @param fields the validated field values by field name (name, email, phone, organisation, organisation_type,
 *               municipality, postcode, topic, message, ...)
 * @param consent whether consent was given and to which privacy-notice version
 * @param routing which manager got it and why
 */
public record Lead(String id, Instant receivedAt, String formId, String formVersion, SourcePage source,
                   String referrer, Map<String, String> utm, String lang, Map<String, String> fields,
                   Consent consent, RoutingResult routing) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(formId, "formId");
        referrer = referrer == null ? "" : referrer;
        utm = Map.copyOf(utm == null ? Map.of() : utm);
        fields = Map.copyOf(fields);
    }

    /** A field's value, or the empty string when the prospect left it empty. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
