package be.storysite.generator.incremental;

import be.storysite.generator.plan.PlannedPage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints everything one page's bytes depend on: its URL, the templates it may load, its locale, what its
 * template read of the data model ({@link Reads}, evaluated over the model of this build) and, for HTML, what
 * post-processing reads (the set of URLs links are checked against, and the published assets: fingerprinted
 * names and image sizes).
 *
 * <pre>{@code
 * PageInputs inputs = new PageInputs(templates, urlsFingerprint, assetsFingerprint, new ValueHasher());
 * Fingerprint f = inputs.of(page, "story.ftlh", "nl-BE", model, reads);
 * }</pre>
 */
final class PageInputs {

    private static final long ABSENT = 0x5AB5E17L;

    private final TemplateFingerprints templates;
    private final Fingerprint urls;
    private final Fingerprint assets;
    private final ValueHasher values;
    private final CarriedCache<Pair, Fingerprint> read;
    private final Map<String, Fingerprint> templateFiles = new ConcurrentHashMap<>();

    /**
     * @param read what values were read as, by (value, read tree), from the last build ({@link CarriedCache#next}):
     *     the data model keeps its objects from build to build where they come out the same
     */
    PageInputs(TemplateFingerprints templates, Fingerprint urls, Fingerprint assets, ValueHasher values,
            CarriedCache<Pair, Fingerprint> read) {
        this.templates = templates;
        this.urls = urls;
        this.assets = assets;
        this.values = values;
        this.read = read;
    }

    /**
     * Null when one of the values read cannot be fingerprinted, or the templates print the time ({@code .now}):
     * such a page is always rendered again.
     */
    Fingerprint of(PlannedPage page, String templateFile, String locale, Map<String, Object> model, Reads reads) {
        Fingerprint environment = environment(page, templateFile, locale);
        if (environment == null) {
            return null;
        }
        Hasher h = new Hasher().add(environment);
        if (!reads.wholeRead()) {
            // the page's own model is new in every build: its parts are remembered, not the model itself
            return container(h, reads, model) ? h.fingerprint() : null;
        }
        return add(h, reads, model) ? h.fingerprint() : null;
    }

    /**
     * What a page depends on besides its data model: its URL, its templates, its locale and, for HTML, the set of
     * URLs and the published assets. Null when the templates print the time ({@code .now}).
     */
    Fingerprint environment(PlannedPage page, String templateFile, String locale) {
        if (templates.readClock()) {
            return null;
        }
        Hasher h = new Hasher().add(page.url()).add(page.template())
                .add(templateFiles.computeIfAbsent(templateFile, templates::of)).add(locale);
        if (page.html()) {
            h.add(urls).add(assets);
        }
        return h.fingerprint();
    }

    /**
     * Adds what {@code reads} says was read of {@code value}; false when that cannot be fingerprinted. A map or
     * list is fingerprinted on its own, once per (value, interned subtree) pair of this build.
     */
    private boolean add(Hasher h, Reads reads, Object value) {
        if (!reads.wholeRead() && (value instanceof Map<?, ?> || value instanceof List<?>)) {
            Pair key = new Pair(value, reads);
            Fingerprint known = read.get(key);
            if (known == null) {
                Hasher own = new Hasher();
                if (!container(own, reads, value)) {
                    return false;
                }
                known = own.fingerprint();
                read.put(key, known);
            }
            h.add(known);
            return true;
        }
        // Read whole; or read as a map or list last time and something else now, which 'V' tells apart.
        Fingerprint f = values.of(value);
        if (f == null) {
            return false;
        }
        h.add(reads.wholeRead() ? 'W' : 'V').add(f);
        return true;
    }

    private boolean container(Hasher h, Reads reads, Object value) {
        if (value instanceof Map<?, ?> map) {
            h.add('M');
            if (reads.sizeRead()) {
                h.add(map.size());
            }
            for (Map.Entry<Object, Reads> read : reads.children().entrySet()) {
                h.add(String.valueOf(read.getKey()));
                if (!(read.getKey() instanceof String) || !map.containsKey(read.getKey())) {
                    h.add(ABSENT);
                } else if (!add(h, read.getValue(), map.get(read.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            h.add('L');
            if (reads.sizeRead()) {
                h.add(list.size());
            }
            for (Map.Entry<Object, Reads> read : reads.children().entrySet()) {
                h.add(String.valueOf(read.getKey()));
                if (!(read.getKey() instanceof Integer i) || i >= list.size()) {
                    h.add(ABSENT);
                } else if (!add(h, read.getValue(), list.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A value and an interned read tree, compared by identity. */
    record Pair(Object value, Reads reads) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.value == value && p.reads == reads;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(value) + System.identityHashCode(reads);
        }
    }
}
