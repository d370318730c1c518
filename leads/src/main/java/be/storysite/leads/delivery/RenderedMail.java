package be.storysite.leads.delivery;

import java.util.Map;

/**
 * One mail rendered from its three templates ({@code <mail>.subject.ftl}, {@code <mail>.txt.ftl},
 * {@code <mail>.html.ftlh}) with the same model, so the plain-text and HTML parts always say the same thing.
 *
 * <pre>{@code
 * RenderedMail mail = RenderedMail.of(templates, "confirmation", "fr", model);
 * mail.subject();   // "Merci pour ton message à Vicinia"
 * }</pre>
 *
 * @param subject the subject, on one line
 * @param text the plain-text part
 * @param html the HTML part
 */
public record RenderedMail(String subject, String text, String html) {

    /** The subject keeps at most this many characters. */
    static final int MAX_SUBJECT = 200;

    /** @throws MailTemplates.MailTemplateException when one of the templates fails */
    static RenderedMail of(MailTemplates templates, String mail, String lang, Map<String, Object> model) {
        return new RenderedMail(
                HeaderText.singleLine(templates.render(mail + ".subject.ftl", lang, model).strip(), MAX_SUBJECT),
                templates.render(mail + ".txt.ftl", lang, model),
                templates.render(mail + ".html.ftlh", lang, model));
    }
}
