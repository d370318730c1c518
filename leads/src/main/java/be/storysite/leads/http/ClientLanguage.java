package be.storysite.leads.http;

import be.storysite.forms.Languages;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The language to answer a request in when its page context could not be read: the {@code lang} the page posted,
 * if it can still be found in the unreadable body, else the browser's {@code Accept-Language}, else Dutch. (A body
 * that can be read gives its language through {@link PageContext#lang()}, like the 422 answers.)
 *
 * <pre>{@code
 * ClientLanguage.of("lang=fr&name=%FF".getBytes(UTF_8), headers);   // "fr"
 * ClientLanguage.of(headers);                                       // from Accept-Language: "en-GB,en;q=0.8" → "en"
 * }</pre>
 */
final class ClientLanguage {

    /** {@code lang=fr} in a form post or {@code "lang": "fr"} in JSON, wherever it stands. */
    private static final Pattern POSTED = Pattern.compile("(?:^|[&{,\\s])\"?lang\"?\\s*[=:]\\s*\"?([A-Za-z]{2})\\b");

    private ClientLanguage() {
    }

    static String of(byte[] body, HttpFields headers) {
        // Lenient on purpose: only a hint for the error message is looked for in a body already refused.
        Matcher posted = POSTED.matcher(new String(body, StandardCharsets.UTF_8));
        if (posted.find()) {
            String lang = posted.group(1).toLowerCase(Locale.ROOT);
            if (Languages.ALL.contains(lang)) {
                return lang;
            }
        }
        return of(headers);
    }

    static String of(HttpFields headers) {
        // Jetty sorts the values by their q= weight, best first.
        for (String range : headers.getQualityCSV(HttpHeader.ACCEPT_LANGUAGE)) {
            String lang = range.split("-", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (Languages.ALL.contains(lang)) {
                return lang;
            }
        }
        return Languages.DEFAULT;
    }
}
