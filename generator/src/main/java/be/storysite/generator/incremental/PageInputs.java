package be.storysite.generator.incremental;

import be.storysite.generator.render.PlannedPage;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fingerprints everything one page's bytes depend on: its URL, the templates it may load, its locale, the values
 * of the data-model names its template read and, for HTML, what post-processing reads (the set of URLs links
 * are checked against, and the published assets: fingerprinted names and image sizes).
 *
 * <pre>{@code
 * PageInputs inputs = new PageInputs(templates, urlsFingerprint, assetsFingerprint, new ValueHasher());
 * Fingerprint f = inputs.of(page, "story.ftlh", model, Set.of("content", "page", "site", "msg"));
 * }</pre>
 */
final class PageInputs {

    private static final Fingerprint ABSENT = new Hasher().add("absent").fingerprint();

    private final TemplateFingerprints templates;
    private final Fingerprint urls;
    private final Fingerprint assets;
    private final ValueHasher values;

    PageInputs(TemplateFingerprints templates, Fingerprint urls, Fingerprint assets, ValueHasher values) {
        this.templates = templates;
        this.urls = urls;
        this.assets = assets;
        this.values = values;
    }

    /** Null when one of the values read cannot be fingerprinted: such a page is always rendered again. */
    Fingerprint of(PlannedPage page, String templateFile, String locale, Map<String, Object> model,
            Set<String> names) {
        Hasher h = new Hasher().add(page.url()).add(page.template()).add(templates.of(templateFile)).add(locale);
        if (page.html()) {
            h.add(urls).add(assets);
        }
        Set<String> read = names.contains(RecordingModel.ALL) ? new TreeSet<>(model.keySet()) : new TreeSet<>(names);
        for (String name : read) {
            h.add(name);
            if (model.containsKey(name)) {
                Fingerprint value = values.of(model.get(name));
                if (value == null) {
                    return null;
                }
                h.add(value);
            } else {
                h.add(ABSENT);
            }
        }
        return h.fingerprint();
    }
}
