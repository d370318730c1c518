package be.storysite.forms.routing;

import java.util.List;
import java.util.Objects;

/**
 * A named account: leads from these organisations or municipalities go to their own manager.
 *
 * <p>Names compare case- and accent-insensitively, trimmed, hyphens as spaces ({@link Names#normalise(String)}),
 * so {@code "Gemeente Sint-Genesius-Rode"} matches {@code "gemeente sint genesius rode"}.
 *
 * <pre>{@code
 * new AccountRule("account-lindebeek", "an-peeters", List.of("Gemeente Lindebeek", "OCMW Lindebeek"),
 *         List.of("24999"), List.of("organisation", "municipality"), "");
 * }</pre>
 *
 * @param id the rule id
 * @param manager the manager id
 * @param names the account's names as a visitor may type them
 * @param nisCodes the account's NIS codes (5 digits, e.g. {@code 24062} for Leuven)
 * @param fields the form fields whose value is compared with the names (and NIS codes when {@code nisField} is
 *     empty)
 * @param nisField the form field that carries a NIS code, or empty to compare NIS codes with {@code fields}
 */
public record AccountRule(String id, String manager, List<String> names, List<String> nisCodes, List<String> fields,
        String nisField) implements RoutingRule {

    /** The fields compared when the YAML names none. */
    public static final List<String> DEFAULT_FIELDS = List.of("organisation", "municipality");

    public AccountRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(manager, "manager");
        names = List.copyOf(names);
        nisCodes = List.copyOf(nisCodes);
        fields = List.copyOf(fields);
        nisField = nisField == null ? "" : nisField;
    }

    @Override
    public String kind() {
        return "account";
    }
}
