package be.storysite.forms;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * Checks that a visitor's e-mail is exactly one plain address, {@code local@domain}: it becomes the Reply-To of the
 * notification, so display names, lists (commas, semicolons), angle brackets, white space and line breaks are all
 * refused. International domain names are accepted ({@code jan@café.be}); the local part must be ASCII.
 *
 * <pre>{@code
 * EmailAddress.isValid("sofie.verlinden@lindebeek.be");        // true
 * EmailAddress.isValid("a@b.be, c@d.be");                      // false
 * }</pre>
 */
public final class EmailAddress {

    /** RFC 5321 limits a path to 256 octets, so an address to 254. */
    public static final int MAX_LENGTH = 254;

    // RFC 5322 dot-atom: no quoted local parts, which no real visitor needs and many mail tools mishandle.
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN =
            Pattern.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at != address.indexOf('@') || at == address.length() - 1) {
            return false;
        }
        String local = address.substring(0, at);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return false;
        }
        String domain = address.substring(at + 1);
        // An ASCII name is its own ASCII form, and DOMAIN refuses what IDN's STD3 rules would; IDN's tables take a
        // cold JVM ~7 ms to load, which a build (the managers' addresses) and most leads never need.
        if (!isAscii(domain)) {
            try {
                domain = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return domain.length() <= 253 && DOMAIN.matcher(domain).matches();
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
