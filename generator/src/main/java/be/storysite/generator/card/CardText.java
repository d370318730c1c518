package be.storysite.generator.card;

import java.util.Map;
import java.util.Optional;

/**
 * What one share card shows, by the field names of the design ({@code headline}, {@code person}, ...), and which
 * logo: everything it is drawn from, so also its cache key.
 *
 * <pre>{@code
 * CardText text = new CardText(Map.of("headline", "„Binnen vier dagen werkte iedereen thuis.”",
 *         "site", "Vicinia"), Optional.of("/assets/images/logos/lindebeek.svg"));
 * }</pre>
 *
 * @param fields the texts by field name; a field not given is empty
 * @param logo the site path of the logo drawn, if any
 */
public record CardText(Map<String, String> fields, Optional<String> logo) {

    public CardText {
        fields = Map.copyOf(fields);
    }

    /** The text of {@code field}, empty when it has none. */
    public String field(String field) {
        return fields.getOrDefault(field, "");
    }
}
