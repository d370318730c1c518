package be.storysite.generator.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a text written in a date's shape that is no date of the calendar, so that an error reads
 * "month 13 does not exist" instead of "not a date ('2026-13-45')".
 *
 * <pre>{@code
 * DateMistake.of("2026-13-45");   // Optional[month 13 does not exist]
 * DateMistake.of("2026-02-30");   // Optional[February 2026 has 28 days, not 30]
 * DateMistake.of("gisteren");     // Optional.empty(): not in a date's shape at all
 * }</pre>
 */
public final class DateMistake {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DateMistake() {
    }

    /** What is wrong with {@code text}, when it looks like year-month-day but names no day of the calendar. */
    public static Optional<String> of(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return Optional.of("month " + month + " does not exist");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            String name = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            return Optional.of(name + " " + year + " has " + ym.lengthOfMonth() + " days, not " + day);
        }
        if (m.group(2).length() == 1 || m.group(3).length() == 1) {
            return Optional.of("month and day need two digits each: " + LocalDate.of(year, month, day));
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }
}
