package be.storysite.forms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of input a form field is. Written lower-case in YAML and JSON ({@code type: email}); templates use
 * {@link #typeName()} to pick the HTML control.
 *
 * <pre>{@code
 * FieldType.parse("textarea");   // Optional[TEXTAREA]
 * FieldType.TEL.typeName();      // "tel"
 * }</pre>
 */
public enum FieldType {
    TEXT(200),
    EMAIL(254),
    TEL(32),
    TEXTAREA(5000),
    SELECT(100),
    CHECKBOX(10),
    POSTCODE(4),
    HIDDEN(500);

    private final int defaultMaxLength;

    FieldType(int defaultMaxLength) {
        this.defaultMaxLength = defaultMaxLength;
    }

    /** The lower-case name used in YAML, JSON and templates, e.g. {@code "postcode"}. */
    @JsonValue
    public String typeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The maximum length when the YAML gives none: generous, but bounded so a post can never be huge. */
    public int defaultMaxLength() {
        return defaultMaxLength;
    }

    /**
     * Whether the value is one line. CR and LF are removed from single-line values because some of them end up
     * in mail headers (Reply-To, Subject).
     */
    public boolean singleLine() {
        return this != TEXTAREA;
    }

    /** The type written as {@code name} (case-insensitive), if there is one. */
    public static Optional<FieldType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.typeName().equalsIgnoreCase(name.trim())).findFirst();
    }

    @JsonCreator
    static FieldType fromJson(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("unknown field type '" + name + "'"));
    }
}
