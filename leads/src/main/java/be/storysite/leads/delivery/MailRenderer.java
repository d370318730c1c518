package be.storysite.leads.delivery;

import java.util.Locale;

/**
 * Renders {@link MailContent} as plain text and as HTML. In the HTML every piece of text is escaped, whoever wrote
 * it, so a prospect's {@code <script>} or {@code "><img onerror=...>} is shown as text, never run; links are only
 * made for {@code http(s):} and {@code mailto:} targets (never {@code javascript:}).
 *
 * <pre>{@code
 * MailRenderer.text(content);        // "Nieuwe lead\n\n...\nNaam: Jan Peeters\n"
 * MailRenderer.html(content, "nl");  // "<!DOCTYPE html><html lang=\"nl\">..."
 * MailRenderer.escape("<b>\"x\"");   // "&lt;b&gt;&quot;x&quot;"
 * }</pre>
 */
public final class MailRenderer {

    private MailRenderer() {
    }

    public static String text(MailContent content) {
        StringBuilder out = new StringBuilder();
        out.append(content.title()).append("\n\n");
        for (String paragraph : content.paragraphs()) {
            out.append(paragraph).append("\n\n");
        }
        for (MailContent.Section section : content.sections()) {
            if (section.rows().isEmpty()) {
                continue;
            }
            out.append(section.heading()).append('\n').append("-".repeat(section.heading().length())).append('\n');
            for (MailContent.Row row : section.rows()) {
                String value = row.value().replace("\r\n", "\n").replace('\r', '\n');
                if (value.contains("\n")) {
                    out.append(row.label()).append(":\n");
                    for (String line : value.split("\n", -1)) {
                        out.append("    ").append(line).append('\n');
                    }
                } else {
                    out.append(row.label()).append(": ").append(value).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static String html(MailContent content, String lang) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(lang)).append("\">\n<head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(content.title())).append("</title></head>\n")
                .append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a\">\n")
                .append("<h1 style=\"font-size:20px\">").append(escape(content.title())).append("</h1>\n");
        for (String paragraph : content.paragraphs()) {
            out.append("<p>").append(multiline(paragraph)).append("</p>\n");
        }
        for (MailContent.Section section : content.sections()) {
            if (section.rows().isEmpty()) {
                continue;
            }
            out.append("<h2 style=\"font-size:16px;margin-top:24px\">").append(escape(section.heading()))
                    .append("</h2>\n<table cellpadding=\"4\" style=\"border-collapse:collapse\">\n");
            for (MailContent.Row row : section.rows()) {
                out.append("<tr><th align=\"left\" valign=\"top\" style=\"padding-right:16px\">")
                        .append(escape(row.label())).append("</th><td>").append(value(row)).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String value(MailContent.Row row) {
        String shown = multiline(row.value());
        if (row.link() != null && safeLink(row.link())) {
            return "<a href=\"" + escape(row.link()) + "\">" + shown + "</a>";
        }
        return shown;
    }

    /** Escaped first, then line breaks: the {@code <br>} tags are the only markup that comes from the text. */
    private static String multiline(String text) {
        return escape(text).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br>\n");
    }

    static boolean safeLink(String link) {
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && link.chars().noneMatch(Character::isISOControl);
    }
}
