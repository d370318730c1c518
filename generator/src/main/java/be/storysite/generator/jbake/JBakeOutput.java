package be.storysite.generator.jbake;

import java.util.Map;

/**
 * One file a JBake project writes from a template.
 *
 * @param path where, relative to the output, e.g. {@code tags/open-data.html}
 * @param kind what it is, for the summary: {@code post}, {@code index}, {@code tag}, ...
 * @param template the template file, e.g. {@code tag.ftl}
 * @param model what the template sees besides the shared model
 */
record JBakeOutput(String path, String kind, String template, Map<String, Object> model) {
}
