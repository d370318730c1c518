package be.storysite.leads.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/**
 * Makes untrusted text safe for a mail header (or a log line): one line, no control characters, bounded length.
 * A prospect who types {@code "ACME\r\nBcc: everyone@example.com"} as organisation gets a harmless subject, never a
 * second header.
 *
 * <pre>{@code
 * HeaderText.singleLine("ACME\r\nBcc: x@y.be");           // "ACME Bcc: x@y.be"
 * HeaderText.singleAddress("jan@lindebeek.be");          // Optional[jan@lindebeek.be]
 * HeaderText.singleAddress("a@b.be, c@d.be");            // Optional.empty
 * }</pre>
 */
public final class HeaderText {

    /** Long enough for any real subject or name, short enough to keep headers readable. */
    static final int MAX_LENGTH = 200;

    private HeaderText() {
    }

    /** CR, LF and every other control character become a space; runs of white space collapse; at most 200 chars. */
    public static String singleLine(String text) {
        return singleLine(text, MAX_LENGTH);
    }

    public static String singleLine(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll("\\s{2,}", " ").strip();
        return flat.length() <= maxLength ? flat : flat.substring(0, maxLength - 1).strip() + "…";
    }

    /**
     * Exactly one plain address ({@code local@domain}, no display name, no group, no list), after CR/LF are
     * stripped; empty when the text is anything else.
     */
    public static Optional<InternetAddress> singleAddress(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.replaceAll("[\\r\\n]", "").strip();
        if (candidate.isEmpty() || candidate.length() > 254 || !candidate.matches("[^\\s,;<>()\\\\\"]+@[^\\s,;<>()\\\\\"@]+")) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(candidate, true);
            address.validate();
            if (address.isGroup() || address.getPersonal() != null || !candidate.equals(address.getAddress())) {
                return Optional.empty();
            }
            return Optional.of(address);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
