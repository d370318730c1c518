package be.storysite.leads.ops;

import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.DeliveryJob;
import be.storysite.leads.model.DeliveryState;
import be.storysite.leads.model.Lead;
import be.storysite.leads.store.StoredLead;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A lead as a salesperson reads it: when it came in (local time in the site's time zone), who, from which
 * organisation, about what, from which story or page, who has it, and whether the mail got there. Internal
 * columns (form version, routing rule, SMTP replies) are left out; the lead id stays, for {@code leads resend}.
 *
 * <pre>{@code
 * SalesLead row = SalesLead.of(stored, ZoneId.of("Europe/Brussels"), SalesFields.BY_NAME);
 * row.received();   // 2026-06-01T14:00 (the lead came in at 12:00 UTC)
 * row.state();      // "delivered"
 * }</pre>
 *
 * @param received when the service accepted it, in the site's time zone
 * @param name the prospect's name
 * @param organisation the prospect's organisation
 * @param topic what the question is about (the form's {@code topic} choice)
 * @param origin the title of the story or page the form was sent from (its address when it has no title)
 * @param manager the relationship manager it was routed to
 * @param state {@code delivered}, {@code pending}, {@code dead} (given up) or {@code -} (no delivery job)
 * @param email the prospect's e-mail address
 * @param phone the prospect's phone number
 * @param organisationType the kind of organisation (gemeente, ocmw, ...)
 * @param municipality the municipality the organisation serves
 * @param postcode its postcode
 * @param message the question itself
 * @param lang the language of the page: nl, fr or en
 * @param originUrl the address of the page the form was sent from
 * @param id the lead id
 */
public record SalesLead(LocalDateTime received, String name, String organisation, String topic, String origin,
                        String manager, String state, String email, String phone, String organisationType,
                        String municipality, String postcode, String message, String lang, String originUrl,
                        String id) {

    /** The salesperson's view of a stored lead, its time in {@code zone}, its fields found by {@code fields}. */
    public static SalesLead of(StoredLead stored, ZoneId zone, SalesFields fields) {
        Lead lead = stored.lead();
        String title = lead.source().title();
        String url = lead.source().url();
        String manager = lead.routing().managerName().isBlank() ? lead.routing().managerId() : lead.routing().managerName();
        return new SalesLead(LocalDateTime.ofInstant(lead.receivedAt(), zone), lead.field(fields.name()),
                lead.field(fields.organisation()), lead.field(fields.topic()),
                title == null || title.isBlank() ? url : title, manager, state(stored.jobs()),
                lead.field(fields.email()), lead.field(fields.phone()), lead.field(fields.organisationType()),
                lead.field(fields.municipality()), lead.field(fields.postcode()), lead.field(fields.message()),
                lead.lang(), url, lead.id());
    }

    /**
     * One word for a lead's delivery: the newest job of each channel counts (a resend replaces an earlier dead
     * job); a dead one is what a salesperson must hear about first (the lead reached nobody through that channel),
     * then one still under way.
     */
    static String state(List<DeliveryJob> jobs) {
        Map<DeliveryChannel, DeliveryState> newest = new EnumMap<>(DeliveryChannel.class);
        jobs.forEach(job -> newest.put(job.channel(), job.state()));   // jobs come oldest first
        if (newest.isEmpty()) {
            return "-";
        }
        if (newest.containsValue(DeliveryState.DEAD)) {
            return "dead";
        }
        return newest.containsValue(DeliveryState.PENDING) ? "pending" : "delivered";
    }
}
