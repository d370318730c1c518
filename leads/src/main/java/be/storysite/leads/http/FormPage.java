package be.storysite.leads.http;

import be.storysite.forms.Choice;
import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FieldType;
import be.storysite.forms.FormDefinition;
import java.util.List;
import java.util.Map;

/**
 * The page the service answers when a post without JavaScript cannot be accepted: the form again, in the page's
 * language, with what the visitor typed, an error summary that links to each field, and each field's error beside
 * it ({@code aria-invalid}, {@code aria-describedby}), under a banner (the problem, and for a storage failure who
 * to contact instead).
 *
 * <pre>{@code
 * String html = FormPage.render(form, "nl", params, errors, "", "/leads/contact");
 * }</pre>
 */
final class FormPage {

    private FormPage() {
    }

    /**
     * @param params what was posted (kept in the fields and in the hidden context)
     * @param errors message per field name; empty for a storage failure
     * @param bannerHtml already-escaped HTML shown above the form (the storage-failure notice), or empty
     * @param action where the form posts to
     */
    static String render(FormDefinition form, String lang, Map<String, List<String>> params,
                         Map<String, String> errors, String bannerHtml, String action) {
        PageTexts texts = PageTexts.of(lang);
        String title = errors.isEmpty() ? texts.unavailableTitle() : texts.invalidTitle();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>").append(Html.escape(title)).append(" – ").append(Html.escape(form.title(lang)))
                .append("</title>\n</head>\n<body>\n<main>\n<h1>").append(Html.escape(form.title(lang)))
                .append("</h1>\n");
        html.append(bannerHtml);
        if (!errors.isEmpty()) {
            errorSummary(html, form, lang, errors, texts);
        }
        html.append("<form method=\"post\" action=\"").append(Html.escape(action)).append("\" novalidate>\n");
        for (String name : PageContext.CARRIED) {
            String value = first(params, name);
            if (!value.isEmpty()) {
                hidden(html, name, value);
            }
        }
        for (FieldDefinition field : form.fields()) {
            field(html, form, field, lang, first(params, field.name()), errors.get(field.name()), texts);
        }
        html.append("<p><button type=\"submit\">").append(Html.escape(form.submitLabel(lang)))
                .append("</button></p>\n</form>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void errorSummary(StringBuilder html, FormDefinition form, String lang, Map<String, String> errors,
                                     PageTexts texts) {
        html.append("<div role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n")
                .append("<h2 id=\"error-summary-title\">").append(Html.escape(texts.invalidTitle())).append("</h2>\n<p>")
                .append(Html.escape(texts.invalidIntro())).append("</p>\n<ul>\n");
        errors.forEach((name, message) -> {
            String label = form.field(name).map(f -> f.type() == FieldType.CHECKBOX && name.equals(
                    FormDefinition.CONSENT_FIELD) ? form.consentText(lang) : f.label(lang)).orElse(name);
            html.append("<li><a href=\"#field-").append(Html.escape(name)).append("\">").append(Html.escape(label))
                    .append("</a>: ").append(Html.escape(message)).append("</li>\n");
        });
        html.append("</ul>\n</div>\n");
    }

    private static void field(StringBuilder html, FormDefinition form, FieldDefinition field, String lang,
                              String value, String error, PageTexts texts) {
        String id = "field-" + field.name();
        if (field.type() == FieldType.HIDDEN) {
            hidden(html, field.name(), value);
            return;
        }
        String label = field.name().equals(FormDefinition.CONSENT_FIELD) ? form.consentText(lang) : field.label(lang);
        StringBuilder describedBy = new StringBuilder();
        html.append("<div>\n");
        if (field.type() != FieldType.CHECKBOX) {
            labelFor(html, id, label, field.required(), texts);
        }
        if (!field.help(lang).isEmpty()) {
            html.append("<p id=\"").append(id).append("-help\">").append(Html.escape(field.help(lang))).append("</p>\n");
            describedBy.append(id).append("-help");
        }
        if (error != null) {
            html.append("<p id=\"").append(id).append("-error\"><strong>").append(Html.escape(error))
                    .append("</strong></p>\n");
            describedBy.append(describedBy.isEmpty() ? "" : " ").append(id).append("-error");
        }
        String common = " id=\"" + id + "\" name=\"" + Html.escape(field.name()) + "\""
                + (field.required() ? " required" : "")
                + (error != null ? " aria-invalid=\"true\"" : "")
                + (describedBy.isEmpty() ? "" : " aria-describedby=\"" + describedBy + "\"")
                + (field.autocomplete().isEmpty() ? "" : " autocomplete=\"" + Html.escape(field.autocomplete()) + "\"");
        switch (field.type()) {
            case TEXTAREA -> html.append("<textarea").append(common).append(" rows=\"6\" maxlength=\"")
                    .append(field.maxLength()).append("\">").append(Html.escape(value)).append("</textarea>\n");
            case SELECT -> select(html, field, lang, value, common, texts);
            case CHECKBOX -> {
                html.append("<input type=\"checkbox\"").append(common).append(" value=\"on\"")
                        .append(value.isEmpty() ? "" : " checked").append(">\n");
                labelFor(html, id, label, field.required(), texts);
            }
            default -> html.append("<input type=\"").append(inputType(field.type())).append("\"").append(common)
                    .append(" maxlength=\"").append(field.maxLength()).append("\" value=\"").append(Html.escape(value))
                    .append("\">\n");
        }
        html.append("</div>\n");
    }

    private static void select(StringBuilder html, FieldDefinition field, String lang, String value, String common,
                               PageTexts texts) {
        html.append("<select").append(common).append(">\n<option value=\"\">").append(Html.escape(texts.choose()))
                .append("</option>\n");
        for (Choice choice : field.choices()) {
            html.append("<option value=\"").append(Html.escape(choice.value())).append("\"")
                    .append(choice.value().equals(value) ? " selected" : "").append(">")
                    .append(Html.escape(choice.label(lang))).append("</option>\n");
        }
        html.append("</select>\n");
    }

    private static void labelFor(StringBuilder html, String id, String label, boolean required, PageTexts texts) {
        html.append("<label for=\"").append(id).append("\">").append(Html.escape(label));
        if (required) {
            html.append(" <abbr title=\"").append(Html.escape(texts.requiredMark())).append("\">*</abbr>");
        }
        html.append("</label>\n");
    }

    private static String inputType(FieldType type) {
        return switch (type) {
            case EMAIL -> "email";
            case TEL -> "tel";
            case POSTCODE -> "text\" inputmode=\"numeric";
            default -> "text";
        };
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"").append(Html.escape(name)).append("\" value=\"")
                .append(Html.escape(value)).append("\">\n");
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
