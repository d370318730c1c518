package be.storysite.cli;

import be.storysite.generator.schema.FieldSpec;
import be.storysite.generator.schema.Schema;
import be.storysite.generator.schema.ValueType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The text of a new content file: front matter with every field of its schema, each explained in a comment (what
 * it means, required or not, an example), the title and date filled in, {@code status: draft}, and no
 * {@code approved} date, so nothing is published before a person decides it.
 *
 * <pre>{@code
 * # customer (required; a text): the customer organisation
 * #   e.g.  customer: Gemeente Lindebeek
 * customer:
 * # tags (optional; a list of texts): free tags
 * # tags: [thuiswerk, cloud]
 * }</pre>
 *
 * <p>A required field is left empty but not commented out, so that {@code storysite check} points at each line
 * still to fill in; an optional field is a commented example, so it costs nothing until wanted.
 */
final class NewFileText {

    private NewFileText() {
    }

    /**
     * @param services the slugs of the site's services, listed beside a story's {@code services} field so the
     *     writer picks existing ones
     */
    static String render(ContentType type, Schema schema, String title, LocalDate today, List<String> services) {
        Map<String, String> filled = Map.of("title", quoted(title), "date", today.toString(), "status", "draft");
        StringBuilder text = new StringBuilder("---\n")
                .append("# A new ").append(type.kind().type()).append(", written by `storysite new`. Fill in every ")
                .append("field marked required; the comments may stay.\n")
                .append("# It is a draft (status: draft) and is not published until you write  status: published")
                .append(schema.field("approved").isPresent() ? " and the customer's sign-off date in 'approved'" : "")
                .append(".\n");
        for (FieldSpec field : schema.fields()) {
            text.append("#\n# ").append(field.key()).append(" (").append(field.required() ? "required" : "optional")
                    .append("; ").append(expected(field)).append("): ").append(field.meaning()).append('\n');
            String value = filled.get(field.key());
            if (value != null) {
                text.append(field.key()).append(": ").append(value).append('\n');
            } else if (field.required()) {
                boolean ownServices = field.key().equals("services") && !services.isEmpty();
                // the schema's example names a service of no particular site: this site's first one exists
                text.append("#   e.g.  ").append(ownServices ? "services: [" + services.get(0) + "]" : field.example())
                        .append('\n');
                if (ownServices) {
                    text.append("#   this site's services: ").append(String.join(", ", services)).append('\n');
                }
                text.append(field.key()).append(":\n");
            } else {
                text.append("# ").append(example(type, field)).append('\n');
            }
        }
        return text.append("---\n\n").append(type == ContentType.STORY ? STORY_BODY : BODY).toString();
    }

    private static String expected(FieldSpec field) {
        return field.type() == ValueType.CHOICE ? "one of " + String.join(", ", field.allowed())
                : field.type().expected();
    }

    /** The schema's example, except for {@code type}, whose example names one kind but must name this one. */
    private static String example(ContentType type, FieldSpec field) {
        return field.key().equals("type") ? "type: " + type.kind().type() : field.example();
    }

    /** A YAML double-quoted scalar: any title is safe in it (colons, quotes, a leading #). */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static final String BODY = "Schrijf hier de tekst in Markdown.\n";

    private static final String STORY_BODY = """
            Schrijf hier het verhaal in Markdown. Een citaat met bron wordt een pull quote:

            > Binnen drie dagen werkte iedereen van thuis uit.
            > — Sofie Verlinden, ICT-coördinator
            """;
}
