package be.storysite.generator.schema;

/**
 * A key figure of a story: {@code value: "90%"}, {@code label: administratief personeel binnen enkele dagen thuis}.
 */
public record Metric(String value, String label) {
}
