package be.storysite.core.yaml;

import be.storysite.core.diagnostic.SourcePosition;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A single YAML value as written, with the type YAML 1.1 resolves for it.
 *
 * <p>{@code date: 2024-03-01} is a {@link Kind#TIMESTAMP}; {@code date: "2024-03-01"} is a {@link Kind#STRING}
 * whose {@link #asDate()} still works, because marketers quote things.
 *
 * @param text the value exactly as written, without quotes
 * @param kind the resolved type
 * @param position where the value starts
 */
public record YamlScalar(String text, Kind kind, SourcePosition position) implements YamlNode {

    /** The types YAML resolves a plain scalar to. Quoted values are always {@link #STRING}. */
    public enum Kind { STRING, INT, FLOAT, BOOL, NULL, TIMESTAMP }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    public Optional<Long> asLong() {
        if (kind != Kind.INT && kind != Kind.STRING) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.replace("_", "").trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<Boolean> asBoolean() {
        if (kind != Kind.BOOL) {
            return Optional.empty();
        }
        String t = text.toLowerCase();
        return Optional.of(t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y"));
    }

    /**
     * The date part of {@code 2024-03-01}, {@code 2024-03-01T09:30:00+01:00} or {@code 2024-03-01 09:30}; empty
     * when the text is no date.
     */
    public Optional<LocalDate> asDate() {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t));
            }
            if (t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
                try {
                    return Optional.of(OffsetDateTime.parse(t.replace(' ', 'T')).toLocalDate());
                } catch (DateTimeParseException e) {
                    return Optional.of(LocalDate.parse(t.substring(0, 10)));
                }
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> text.isBlank() ? "an empty text" : "a text";
            case INT, FLOAT -> "a number";
            case BOOL -> "true/false";
            case NULL -> "empty";
            case TIMESTAMP -> "a date";
        };
    }
}
