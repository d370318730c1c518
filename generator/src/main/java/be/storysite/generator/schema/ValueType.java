package be.storysite.generator.schema;

/** The kinds of value a header field may hold; each says in words what it expects, for error messages. */
public enum ValueType {
    TEXT("a text"),
    DATE("a date like 2024-03-01"),
    BOOLEAN("true or false"),
    INTEGER("a whole number"),
    TEXT_LIST("a list of texts"),
    METRIC_LIST("a list of {value, label} entries"),
    CHOICE("one of the allowed words"),
    MAPPING("a mapping (key: value lines)");

    private final String expected;

    ValueType(String expected) {
        this.expected = expected;
    }

    /** What a value of this type looks like, e.g. {@code a date like 2024-03-01}. */
    public String expected() {
        return expected;
    }
}
