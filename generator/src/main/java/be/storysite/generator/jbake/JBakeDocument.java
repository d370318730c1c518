package be.storysite.generator.jbake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document of a JBake project, with the values JBake gives it.
 *
 * @param type its {@code type} header ({@code post}, {@code page}, or a custom type)
 * @param status {@code published}, {@code published-date} or {@code draft}
 * @param date its {@code date} header
 * @param tags its tags, sanitized when {@code tag.sanitize} says so
 * @param uri where it is written, relative: {@code blog/2024/hallo.html}
 * @param noExtensionUri the folder URI when {@code uri.noExtension} applies to it
 * @param view the template view: every header value plus {@code body}, {@code uri}, {@code rootpath}, ...
 */
public record JBakeDocument(String type, String status, Optional<LocalDate> date, List<String> tags, String uri,
        Optional<String> noExtensionUri, Map<String, Object> view) {

    /** Whether it appears in lists: published, or published-date with a date that has come. */
    public boolean published(LocalDate today) {
        return status.equals("published")
                || status.equals("published-date") && date.map(d -> !d.isAfter(today)).orElse(true);
    }

    public String title() {
        return String.valueOf(view.getOrDefault("title", ""));
    }
}
