package be.storysite.leads.ops;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The age given to {@code purge --older-than}: a whole number with a unit, {@code d} (days), {@code w} (weeks) or
 * {@code h} (hours).
 *
 * <pre>{@code
 * RetentionAge.parse("365d");   // PT8760H
 * }</pre>
 */
public final class RetentionAge {

    private static final Pattern AGE = Pattern.compile("([0-9]{1,6})([dwh])");

    private RetentionAge() {
    }

    /** @throws IllegalArgumentException saying what to write instead */
    public static Duration parse(String text) {
        Matcher m = AGE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an age: write e.g. 365d (days), 8w (weeks) or 12h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "w" -> Duration.ofDays(7 * n);
            default -> Duration.ofHours(n);
        };
    }
}
