package be.storysite.leads.delivery;

import be.storysite.forms.routing.RoutingReason;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says why a manager got a lead in the mail's language: {@code routing.why.<kind>} of the message file with
 * {@code {0}} the manager the rule picked and {@code {1}}, {@code {2}}, ... what matched (a topic as its choice label,
 * a province by its name in that language), then {@code routing.takeover.<how>} when someone took over. A lead
 * without a structured reason (stored before, or re-routed) shows its stored sentence.
 *
 * <pre>{@code
 * new RoutingReasonText(catalog).of(lead, templates.messages("nl"));
 * // "onderwerp 'Datacenter' heeft een specialist: Elke Wouters"
 * }</pre>
 */
final class RoutingReasonText {

    /** The message keys every language's file must have, one per kind and per takeover. */
    static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>();
        Arrays.stream(RoutingReason.Kind.values()).forEach(kind -> keys.add(key(kind)));
        Arrays.stream(RoutingReason.Takeover.values()).filter(how -> how != RoutingReason.Takeover.NONE)
                .forEach(how -> keys.add(key(how)));
        KEYS = List.copyOf(keys);
    }

    private final FieldCatalog catalog;

    RoutingReasonText(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    String of(Lead lead, MailMessages texts) {
        RoutingResult routing = lead.routing();
        RoutingReason why = routing == null ? null : routing.why();
        Optional<String> what = why == null ? Optional.empty() : texts.find(key(why.kind()));
        if (what.isEmpty()) {
            return routing == null || routing.reason() == null ? "" : routing.reason();
        }
        List<Object> args = new ArrayList<>();
        args.add(why.ruleManager());
        for (int i = 0; i < why.values().size(); i++) {
            args.add(shown(lead, why, i, texts.lang()));
        }
        String text = MailMessages.fill(what.get(), args.toArray());
        if (why.takeover() != RoutingReason.Takeover.NONE) {
            text += texts.find(key(why.takeover()))
                    .map(how -> MailMessages.fill(how, why.ruleManager(), why.takenBy(), why.refused())).orElse("");
        }
        return text;
    }

    /** Value {@code i} as a person reads it: a topic code as its label, a province in the mail's language. */
    private String shown(Lead lead, RoutingReason why, int i, String lang) {
        String value = why.value(i);
        if (why.kind() == RoutingReason.Kind.TOPIC && i == 1) {
            return catalog.choiceLabel(lead.formId(), why.value(0), value, lang).orElse(value);
        }
        if (why.kind() == RoutingReason.Kind.TERRITORY && i == 1) {
            return RoutingReason.province(value, lang);
        }
        return value;
    }

    private static String key(RoutingReason.Kind kind) {
        return "routing.why." + kind.name().toLowerCase(Locale.ROOT);
    }

    private static String key(RoutingReason.Takeover how) {
        return "routing.takeover." + how.name().toLowerCase(Locale.ROOT);
    }
}
