package be.storysite.forms.load;

import java.util.List;
import java.util.Set;

/**
 * The HTML {@code autocomplete} values a field may declare (WHATWG "autofill detail tokens"), so a typo such as
 * {@code organisation} (the token is {@code organization}) is caught at build time instead of silently disabling
 * the browser's autofill.
 *
 * <pre>{@code
 * AutocompleteTokens.isValid("work email");      // true
 * AutocompleteTokens.isValid("organisation");    // false
 * }</pre>
 */
public final class AutocompleteTokens {

    /** The field names, the last (and often only) token. */
    public static final List<String> FIELD_NAMES = List.of("off", "on", "name", "honorific-prefix", "given-name",
            "additional-name", "family-name", "honorific-suffix", "nickname", "username", "new-password",
            "current-password", "one-time-code", "organization-title", "organization", "street-address",
            "address-line1", "address-line2", "address-line3", "address-level4", "address-level3", "address-level2",
            "address-level1", "country", "country-name", "postal-code", "cc-name", "cc-given-name",
            "cc-additional-name", "cc-family-name", "cc-number", "cc-exp", "cc-exp-month", "cc-exp-year", "cc-csc",
            "cc-type", "transaction-currency", "transaction-amount", "language", "bday", "bday-day", "bday-month",
            "bday-year", "sex", "url", "photo", "tel", "tel-country-code", "tel-national", "tel-area-code",
            "tel-local", "tel-extension", "email", "impp");

    private static final Set<String> CONTACT_FIELDS = Set.of("tel", "tel-country-code", "tel-national",
            "tel-area-code", "tel-local", "tel-extension", "email", "impp");
    private static final Set<String> CONTACT_KINDS = Set.of("home", "work", "mobile", "fax", "pager");
    private static final Set<String> ADDRESS_KINDS = Set.of("shipping", "billing");

    private AutocompleteTokens() {
    }

    /** Whether {@code value} is {@code [section-*] [shipping|billing] [home|work|...] field}. */
    public static boolean isValid(String value) {
        String[] tokens = value.trim().toLowerCase().split("\\s+");
        String field = tokens[tokens.length - 1];
        if (!FIELD_NAMES.contains(field)) {
            return false;
        }
        if (tokens.length > 1 && (field.equals("off") || field.equals("on"))) {
            return false;
        }
        int i = 0;
        if (i < tokens.length - 1 && tokens[i].startsWith("section-") && tokens[i].length() > 8) {
            i++;
        }
        if (i < tokens.length - 1 && ADDRESS_KINDS.contains(tokens[i])) {
            i++;
        }
        if (i < tokens.length - 1 && CONTACT_KINDS.contains(tokens[i]) && CONTACT_FIELDS.contains(field)) {
            i++;
        }
        return i == tokens.length - 1;
    }

    /** The field name part, for "did you mean" on a typo. */
    public static String lastToken(String value) {
        String[] tokens = value.trim().split("\\s+");
        return tokens[tokens.length - 1];
    }
}
