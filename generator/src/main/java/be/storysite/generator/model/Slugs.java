package be.storysite.generator.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs for taxonomy terms: {@code "Lokale besturen"} → {@code lokale-besturen}, {@code "Bien-être"} → {@code bien-etre}. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    /** Compiled once: every build makes a slug for every term link of every story. */
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    public static String of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = EDGE_DASHES.matcher(slug).replaceAll("");
        return slug.isEmpty() ? "term" : slug;
    }
}
