package be.storysite.forms.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link Router} knows about a lead: the validated form values and the page it came from.
 *
 * <pre>{@code
 * new LeadFacts(Map.of("organisation", "Gemeente Lindebeek", "postcode", "3000", "topic", "cyberbeveiliging"),
 *         "story", "lindebeek-thuiswerk", List.of("werkplek-in-de-cloud"));
 * }</pre>
 *
 * @param fields the validated values by field name
 * @param sourceKind {@code story}, {@code service}, {@code page}, or empty when unknown
 * @param sourceSlug the slug of the source page, or empty
 * @param sourceServices the services of the source story (for a service page: that service), or empty
 */
public record LeadFacts(Map<String, String> fields, String sourceKind, String sourceSlug, List<String> sourceServices) {

    public LeadFacts {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        sourceKind = sourceKind == null ? "" : sourceKind;
        sourceSlug = sourceSlug == null ? "" : sourceSlug;
        sourceServices = List.copyOf(sourceServices == null ? List.of() : sourceServices);
    }

    /** The value of a field, or an empty string. */
    public String field(String name) {
        String value = fields.get(name);
        return value == null ? "" : value;
    }
}
