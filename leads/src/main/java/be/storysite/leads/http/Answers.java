package be.storysite.leads.http;

import be.storysite.core.html.HtmlText;
import be.storysite.forms.FormDefinition;
import be.storysite.forms.MessageBundle;
import be.storysite.forms.routing.Manager;
import be.storysite.leads.store.StoredAnswer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of {@code POST /leads/{form}}, as JSON for the page's script and as redirects or pages for a plain
 * form post.
 */
final class Answers {

    static final String JSON = "application/json";
    static final String HTML = "text/html;charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The small page of a plain answer to a request that cannot be read, with {@code ${lang}}, {@code ${title}}, {@code ${message}}. */
    private static final String SHORT_PAGE = resource("short-answer.html");
    /** The short answers to requests that cannot be read, and to every error status (rejections*.properties). */
    private static final MessageBundle REJECTIONS = new MessageBundle("be.storysite.leads.http.rejections",
            Answers.class);

    private Answers() {
    }

    /** Success: 202 with the lead id, or 303 to the thank-you page in the page's language. */
    static StoredAnswer accepted(Submission s, FormDefinition form, String lang, String leadId) {
        if (s.body().json()) {
            return json(202, Map.of("id", leadId));
        }
        return new StoredAnswer(303, "text/plain;charset=utf-8", s.siteOrigin() + form.thankYouPage(lang), "");
    }

    /** Invalid input: 422 with the errors per field (JSON), or the form again with errors and what was typed. */
    static StoredAnswer invalid(Submission s, FormDefinition form, String lang, Map<String, String> errors,
                                FormAnswerPage pages) {
        if (s.body().json()) {
            return json(422, Map.of("errors", errors));
        }
        return new StoredAnswer(422, HTML, "", pages.invalid(form, lang, s.body().params(), errors));
    }

    /** Storage failed: 503, never a thank-you; the visitor gets the routed manager's address instead. */
    static StoredAnswer unavailable(Submission s, FormDefinition form, String lang, Manager contact,
                                    FormAnswerPage pages) {
        if (s.body().json()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", FormAnswerPage.text(lang, "unavailable_intro"));
            body.put("contact", Map.of("name", contact.name(), "email", contact.email(), "phone", contact.phone()));
            return json(503, body);
        }
        return new StoredAnswer(503, HTML, "", pages.unavailable(form, lang, s.body().params(), contact));
    }

    /** The Idempotency-Key was used before for another request. */
    static StoredAnswer keyReused(String lang) {
        return json(422, Map.of("error", REJECTIONS.get(lang, "keyReused")));
    }

    /** No form by that name: 404 in the posted page's language. */
    static StoredAnswer unknownForm(boolean json, String lang) {
        return shortAnswer(json, lang, 404, FormAnswerPage.text(lang, "unavailable_title"),
                REJECTIONS.get(lang, "unknownForm"));
    }

    /** A request that cannot be read: its status with one short sentence in {@code lang}, JSON or a small page. */
    static StoredAnswer rejected(boolean json, String lang, Rejection rejection) {
        return shortAnswer(json, lang, rejection.status(), FormAnswerPage.text(lang, "unavailable_title"),
                REJECTIONS.get(lang, rejection.key(), rejection.args()));
    }

    /** Any error status Jetty answers (403, 404, 413, 429, 500...): one generic sentence, never exception text. */
    static StoredAnswer status(boolean json, String lang, int status) {
        String key = "status." + status;
        if (!REJECTIONS.has(key)) {
            key = status >= 500 ? "status.server" : "status.client";
        }
        String message = REJECTIONS.get(lang, key);
        return shortAnswer(json, lang, status, message, message);
    }

    private static StoredAnswer shortAnswer(boolean json, String lang, int status, String title, String message) {
        if (json) {
            return json(status, Map.of("error", message));
        }
        // The page is short-answer.html beside this class: markup in a file, its sentences from rejections*.properties.
        return new StoredAnswer(status, HTML, "", SHORT_PAGE.replace("${lang}", HtmlText.escape(lang))
                .replace("${message}", HtmlText.escape(message)).replace("${title}", HtmlText.escape(title)));
    }

    static StoredAnswer json(int status, Map<String, ?> body) {
        try {
            return new StoredAnswer(status, JSON, "", MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON answer", e);
        }
    }

    private static String resource(String name) {
        try (java.io.InputStream in = Answers.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(name, e);
        }
    }
}
