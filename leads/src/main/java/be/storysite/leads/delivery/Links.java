package be.storysite.leads.delivery;

import java.util.Locale;

/**
 * Which addresses a mail may turn into a link: {@code http(s):} and {@code mailto:} only, so a
 * {@code javascript:} URL posted as "source page" stays inert text.
 *
 * <pre>{@code
 * Links.safe("https://www.vicinia.be/");   // true
 * Links.safe("javascript:alert(1)");       // false
 * }</pre>
 */
final class Links {

    private Links() {
    }

    static boolean safe(String link) {
        if (link == null) {
            return false;
        }
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && link.chars().noneMatch(Character::isISOControl);
    }
}
