package be.storysite.generator.schema;

import java.util.List;

/**
 * One field a header may have: its key, type, whether it is required, and words for the messages.
 *
 * <pre>{@code
 * FieldSpec.required("quote", ValueType.TEXT, "the pull quote shown on lists and share cards",
 *         "quote: \"Binnen drie dagen werkte iedereen thuis.\"");
 * }</pre>
 *
 * @param key the header key
 * @param type the value type
 * @param required whether a missing value is an error
 * @param meaning what the field is for, shown in "needs 'x' (meaning)"
 * @param example a line the writer can copy, shown as the hint
 * @param allowed the allowed words of a {@link ValueType#CHOICE}; empty otherwise
 */
public record FieldSpec(String key, ValueType type, boolean required, String meaning, String example,
        List<String> allowed) {

    public FieldSpec {
        allowed = List.copyOf(allowed);
    }

    public static FieldSpec required(String key, ValueType type, String meaning, String example) {
        return new FieldSpec(key, type, true, meaning, example, List.of());
    }

    public static FieldSpec optional(String key, ValueType type, String meaning, String example) {
        return new FieldSpec(key, type, false, meaning, example, List.of());
    }

    public static FieldSpec choice(String key, boolean required, String meaning, List<String> allowed) {
        return new FieldSpec(key, ValueType.CHOICE, required, meaning, key + ": " + allowed.get(0), allowed);
    }
}
