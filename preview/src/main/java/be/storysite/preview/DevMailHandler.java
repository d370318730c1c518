package be.storysite.preview;

import be.storysite.core.html.HtmlText;
import be.storysite.leads.delivery.MaildirMessage;
import be.storysite.leads.delivery.MailView;
import be.storysite.leads.delivery.MaildirReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The preview's mailbox at {@code /_dev/mail}: every mail the local lead service delivered into the Maildir
 * ({@code var/mail/}), newest first; {@code /_dev/mail/NAME} shows one (headers and text), {@code NAME.eml} gives
 * the raw RFC 5322 file for a mail client. Its texts are in the site's default language, from the preview's bundle
 * {@code be/storysite/preview/dev-mail_*.properties}.
 *
 * <pre>{@code
 * handlers.add(new DevMailHandler(new MaildirReader(site.resolve("var/mail")), site));
 * }</pre>
 */
public final class DevMailHandler extends Handler.Abstract {

    private static final String PREFIX = "/_dev/mail";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Brussels"));

    private final MaildirReader maildir;
    private final SiteTexts texts;

    /**
     * @param maildir the local Maildir the lead service delivers into
     * @param site the site folder: the page's texts are in its default language ({@code site.yaml})
     */
    public DevMailHandler(MaildirReader maildir, Path site) {
        this.maildir = maildir;
        this.texts = new SiteTexts(site);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
            return false;
        }
        String name = path.length() > PREFIX.length() ? path.substring(PREFIX.length()).replaceFirst("^/", "") : "";
        if (name.endsWith(".eml")) {
            Optional<Path> file = maildir.path(name.substring(0, name.length() - 4));
            if (file.isPresent()) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "message/rfc822");
                response.write(true, java.nio.ByteBuffer.wrap(Files.readAllBytes(file.get())), callback);
                return true;
            }
        }
        // only an HTML answer has texts: site.yaml is read for its language then (each time: an edit shows at once)
        SiteTexts.Texts text = texts.load("be.storysite.preview.dev-mail");
        if (name.isEmpty()) {
            return html(response, callback, HttpStatus.OK_200, list(text));
        }
        if (!name.endsWith(".eml")) {
            Optional<MailView> mail = maildir.view(name);
            if (mail.isPresent()) {
                return html(response, callback, HttpStatus.OK_200, show(mail.get(), text));
            }
        }
        return html(response, callback, HttpStatus.NOT_FOUND_404,
                page(text, esc(text.get("not-found.title")), "<p>" + esc(text.get("not-found")) + " <a href=\"" + PREFIX
                        + "/\">" + esc(text.get("all")) + "</a></p>"));
    }

    private String list(SiteTexts.Texts text) {
        StringBuilder rows = new StringBuilder();
        for (MaildirMessage m : maildir.list()) {
            rows.append("<tr><td>").append(WHEN.format(m.deliveredAt())).append("</td><td>").append(esc(m.to()))
                    .append("</td><td><a href=\"").append(PREFIX).append('/').append(esc(m.name())).append("\">")
                    .append(esc(m.subject())).append("</a></td></tr>\n");
        }
        String body = rows.isEmpty() ? "<p>" + esc(text.get("empty")) + "</p>"
                : "<table><thead><tr><th>" + esc(text.get("received")) + "</th><th>" + esc(text.get("to"))
                        + "</th><th>" + esc(text.get("subject")) + "</th></tr></thead><tbody>\n" + rows
                        + "</tbody></table>";
        return page(text, esc(text.get("title")), body);
    }

    private String show(MailView mail, SiteTexts.Texts text) {
        StringBuilder headers = new StringBuilder("<dl>");
        String[][] shown = {{"From", mail.from()}, {"To", mail.to()}, {"Reply-To", mail.replyTo()},
            {"Message-ID", mail.messageId()}};
        for (String[] header : shown) {
            headers.append("<dt>").append(header[0]).append("</dt><dd>").append(esc(header[1])).append("</dd>");
        }
        headers.append("</dl>");
        // The mail's own HTML is shown sandboxed: no scripts, no navigation, nothing it can do to the viewer.
        String html = mail.html().isEmpty() ? "" : "<h2>HTML</h2><iframe sandbox title=\""
                + esc(text.get("html-part")) + "\" srcdoc=\"" + esc(mail.html()) + "\"></iframe>";
        return page(text, esc(mail.subject()), headers + "<h2>" + esc(text.get("text-part")) + "</h2><pre>"
                + esc(mail.text()) + "</pre>" + html + "<p><a href=\"" + PREFIX + "/" + esc(mail.name()) + ".eml\">"
                + esc(text.get("raw")) + "</a> · <a href=\"" + PREFIX + "/\">" + esc(text.get("all")) + "</a></p>");
    }

    /** @param title already escaped */
    private static String page(SiteTexts.Texts text, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + esc(text.lang()) + "\"><head><meta charset=\"utf-8\"><title>" + title
                + " · storysite preview</title><style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left}"
                + "pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}iframe{width:100%;height:40rem;border:1px solid #ccc}dt{font-weight:bold}</style></head><body><h1>"
                + title + "</h1>" + body + "</body></html>";
    }

    private static boolean html(Response response, Callback callback, int status, String html) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        Content.Sink.write(response, true, html, callback);
        return true;
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlText.escape(s);
    }

}
