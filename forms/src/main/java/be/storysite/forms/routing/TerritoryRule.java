package be.storysite.forms.routing;

import java.util.List;
import java.util.Objects;

/**
 * A territory: leads whose postcode lies in one of these provinces go to one manager.
 *
 * <pre>{@code
 * new TerritoryRule("territory-limburg", "lotte-janssens", "postcode", List.of(Province.LIMBURG));
 * }</pre>
 *
 * @param id the rule id
 * @param manager the manager id
 * @param postcodeField the form field holding the Belgian postcode, by default {@code postcode}
 * @param provinces the provinces (and/or the Brussels-Capital Region) of this territory
 */
public record TerritoryRule(String id, String manager, String postcodeField, List<Province> provinces)
        implements RoutingRule {

    public static final String DEFAULT_POSTCODE_FIELD = "postcode";

    public TerritoryRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(manager, "manager");
        postcodeField = postcodeField == null || postcodeField.isEmpty() ? DEFAULT_POSTCODE_FIELD : postcodeField;
        provinces = List.copyOf(provinces);
    }

    @Override
    public String kind() {
        return "territory";
    }
}
