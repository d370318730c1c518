package be.storysite.leads.delivery;

import java.util.List;

/**
 * What a mail says, independent of its format: {@link MailRenderer} turns it into the plain-text part and the
 * HTML part, so the two always show the same thing.
 *
 * <pre>{@code
 * MailContent content = new MailContent("Nieuwe lead", List.of("Jan Peeters nam contact op."),
 *         List.of(new MailContent.Section("Contactgegevens",
 *                 List.of(MailContent.Row.of("Naam", "Jan Peeters")))));
 * }</pre>
 *
 * @param title the heading at the top
 * @param paragraphs text under the title
 * @param sections labelled rows, grouped
 */
public record MailContent(String title, List<String> paragraphs, List<Section> sections) {

    public MailContent {
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
    }

    /** A group of rows under a heading; a section without rows is not shown. */
    public record Section(String heading, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One labelled value; {@code link} (may be null) becomes a hyperlink in HTML, but only for
     * {@code http(s):} and {@code mailto:} targets.
     */
    public record Row(String label, String value, String link) {
        public Row {
            value = value == null ? "" : value;
        }

        public static Row of(String label, String value) {
            return new Row(label, value, null);
        }
    }
}
