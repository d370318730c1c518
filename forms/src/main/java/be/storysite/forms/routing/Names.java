package be.storysite.forms.routing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes names comparable the way people type them: {@code "  Gemeente Sint-Genesius-Rode"} and
 * {@code "gemeente sint genesius rode"} are the same account, and so are {@code "Liège"} and {@code "LIEGE"}.
 *
 * <pre>{@code
 * Names.normalise(" OCMW  Zaventem ");   // "ocmw zaventem"
 * Names.normalise("Écaussinnes");        // "ecaussinnes"
 * }</pre>
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Hyphens and dashes separate words like spaces do ("Sint-Niklaas" / "Sint Niklaas").
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014_]+");

    private Names() {
    }

    /** Lower case, accents removed, trimmed, hyphens and runs of white space as one space. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
