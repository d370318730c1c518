package be.storysite.generator.postprocess;

import java.nio.file.Path;

/**
 * Where a rendered page came from, for error positions.
 *
 * @param url the page's URL, to resolve relative links against
 * @param contentFile its content file, or null for pages made from a template only (lists, home)
 * @param contentText that file's text, or empty; null to have it read from {@code contentFile} when a link on the
 *     page is broken (a build does not hold every file's text until its page is rendered)
 * @param template its template file
 */
public record PageSource(String url, Path contentFile, String contentText, Path template) {
}
