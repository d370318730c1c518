package be.storysite.generator.view;

import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.load.PackedText;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.LanguageSite;
import be.storysite.generator.model.Page;
import be.storysite.generator.model.PreviewReason;
import be.storysite.generator.model.Service;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Slugs;
import be.storysite.generator.model.Story;
import be.storysite.generator.model.TaxonomyKind;
import be.storysite.generator.plan.Urls;
import be.storysite.generator.schema.Metric;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * The template view of each content item: a map with JBake's names ({@code title}, {@code date} as a
 * {@code java.util.Date}, {@code body}, {@code uri}, {@code tags}, {@code status}, {@code type}) plus every
 * header key as written, plus ready links ({@code url}, {@code service_links}, {@code sector_link}, ...).
 * Built once per item and shared by every page that lists it; read-only afterwards, so safe across threads.
 *
 * <pre>{@code
 * <#list pager.items as story><a href="${story.url}">${story.title}</a> ${story.date_display}</#list>
 * }</pre>
 */
public final class ContentViews {

    private final Site site;
    private final Urls urls;
    private final Map<String, Map<String, Object>> views;
    /** The same by content object: pages ask for thousands of views per build, and most ask with the same objects. */
    private final Map<Content, Map<String, Object>> byObject;
    /** Each language's long date format, made once: every view of every build formats its dates. */
    private final Map<String, DateTimeFormatter> dates = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each language's services by slug: a story's view names its services. */
    private final Map<String, Map<String, Service>> services = new HashMap<>();
    /**
     * Whether a view holds its body as a string: a preview's memo compares and fingerprints views by their
     * values (and holds a thousand-story site easily); a build holds it packed ({@link PackedHtml}).
     */
    private final boolean bodyAsString;
    private final ModelMemo memo;

    /**
     * @param memo hands out last build's view of an item whose facts (the item, its preview reasons, a story's
     *     services, a service's story count) are the same as last time, without building it again
     *     ({@link ModelMemo#derive}), so pages that show an unchanged item see the very same object
     * @param pool the threads the views are built on (a full build and the preview's first build make them all)
     */
    public ContentViews(Site site, Urls urls, ModelMemo memo, ForkJoinPool pool) {
        this.site = site;
        this.urls = urls;
        this.bodyAsString = memo.active();
        this.memo = memo;
        for (LanguageSite language : site.languages()) {
            Map<String, Service> bySlug = new HashMap<>();
            language.services().forEach(s -> bySlug.putIfAbsent(s.meta().slug(), s));
            services.put(language.code(), bySlug);
        }
        int n = site.loaded().size();
        views = new HashMap<>(2 * n);
        byObject = new IdentityHashMap<>(n);
        List<Content> loaded = site.loaded();
        // each view is built from read-only values and the memo is concurrent; the maps are filled in order after
        List<Map<String, Object>> built = pool.submit(() -> loaded.parallelStream()
                .map(c -> memo.derive(new ModelMemo.Slot(c.meta().id(), "view"), facts(c), this::build)).toList())
                .join();
        for (int i = 0; i < n; i++) {
            Content c = loaded.get(i);
            views.put(c.meta().id(), built.get(i));
            byObject.put(c, built.get(i));
        }
    }

    public Map<String, Object> of(Content content) {
        Map<String, Object> view = byObject.get(content);
        return view != null ? view : views.get(content.meta().id());
    }

    public List<Object> of(List<? extends Content> contents) {
        List<Object> list = new ArrayList<>(contents.size());
        contents.forEach(c -> list.add(of(c)));
        return list;
    }

    /**
     * All an item's view is made from besides the site's configuration ({@link #build} reads nothing else of the
     * site): the item itself, which an unchanged file keeps as the very same object, its preview reasons, a story's
     * services and a service's story count. Cheap to gather and to compare, where building the view and comparing
     * it with last build's is not.
     */
    private ViewFacts facts(Content c) {
        String lang = c.meta().lang();
        List<Service> named = new ArrayList<>();
        int count = 0;
        if (c instanceof Story s) {
            for (String slug : s.services()) {
                Service service = service(lang, slug);
                if (service != null) {
                    named.add(service);
                }
            }
        } else if (c instanceof Service s) {
            count = published(lang).map(l -> l.storiesOf(s.meta().slug()).size()).orElse(0);
        }
        return new ViewFacts(c, site.previewReasons(c), named, count, site.config());
    }

    /**
     * @param services a story's services that exist, in its order (their titles and URLs are in its view)
     * @param storyCount a service's number of stories; 0 for other items
     * @param config the site's configuration (URLs, date formats), the same object for as long as a memo lives
     */
    private record ViewFacts(Content content, List<PreviewReason> reasons, List<Service> services, int storyCount,
            SiteConfig config) {
    }

    private Map<String, Object> build(ViewFacts f) {
        Content c = f.content();
        Map<String, Object> v = new HashMap<>(c.meta().header());
        String lang = c.meta().lang();
        String url = urls.of(c);
        v.put("id", c.meta().id());
        v.put("type", c.meta().type());
        v.put("status", c.meta().status());
        v.put("slug", c.meta().slug());
        v.put("lang", lang);
        v.put("title", c.title());
        v.put("summary", c.summary());
        v.put("body", bodyAsString ? body(c) : new PackedHtml(c.meta().file().body()));
        v.put("url", url);
        v.put("uri", url.substring(1));
        v.put("permalink", urls.absolute(url));
        v.put("rootpath", "/");
        v.put("file", c.meta().file().source().path().toString());
        v.put("sourceuri", c.meta().file().source().relative());
        v.put("translation", c.meta().translationKey());
        v.put("preview_reasons", f.reasons().stream().map(PreviewReason::messageKey).toList());
        c.meta().date().ifPresent(d -> putDate(v, "date", d, lang));
        v.put("tags", List.of());
        if (c instanceof Story s) {
            story(s, f.services(), v);
        } else if (c instanceof Service s) {
            v.put("order", s.order());
            s.icon().ifPresent(i -> v.put("icon", i));
            s.image().ifPresent(i -> v.put("image", i));
            s.hero().ifPresent(p -> v.put("hero", PictureView.of(p)));
            int count = f.storyCount();
            v.put("story_count", count);
            if (count > 0) { // the service's filter page: all its stories, paginated
                v.put("stories_url", urls.term(lang, TaxonomyKind.SERVICE, s.meta().slug(), 1));
            }
        } else if (c instanceof Page p) {
            v.put("form", p.form());
        } else {
            v.put("tags", ((be.storysite.generator.model.Document) c).tags());
        }
        return Map.copyOf(v);
    }

    /**
     * The body's HTML as a string, for a preview: unpacked only when the packed body is another object than last
     * build's (an unchanged file keeps its very object, and a packed text never changes), so an update neither
     * unpacks nor compares every body, and an unchanged view keeps the very same string.
     */
    private String body(Content c) {
        return memo.derive(new ModelMemo.Slot(c.meta().id(), "body"), c.meta().file().body(), PackedText::text);
    }

    private void story(Story s, List<Service> services, Map<String, Object> v) {
        String lang = s.meta().lang();
        v.put("customer", s.customer());
        v.put("customer_type", s.customerType());
        s.municipality().ifPresent(m -> v.put("municipality", m));
        v.put("person", s.person());
        v.put("role", s.role());
        v.put("quote", s.quote());
        v.put("services", s.services());
        v.put("sector", s.sector());
        v.put("region", s.region());
        v.put("tags", s.tags());
        s.logo().ifPresent(l -> v.put("logo", l));
        s.hero().ifPresent(p -> v.put("hero", PictureView.of(p)));
        s.portrait().ifPresent(p -> v.put("portrait", PictureView.of(p)));
        v.put("metrics", s.metrics().stream().map(ContentViews::metric).toList());
        s.approved().ifPresent(d -> putDate(v, "approved", d, lang));
        v.put("featured", s.featured());
        List<Object> serviceLinks = new ArrayList<>();
        for (Service service : services) {
            serviceLinks.add(Map.of("slug", service.meta().slug(), "title", service.title(), "url", urls.of(service)));
        }
        v.put("service_links", serviceLinks);
        v.put("sector_link", termLink(s.sector(), TaxonomyKind.SECTOR, lang));
        v.put("region_link", termLink(s.region(), TaxonomyKind.REGION, lang));
        v.put("tag_links", s.tags().stream()
                .map(t -> link(t, urls.term(lang, TaxonomyKind.TAG, Slugs.of(t), 1))).toList());
    }

    /** The language's service with {@code slug} (as {@link LanguageSite#service}), or null. */
    private Service service(String lang, String slug) {
        return services.getOrDefault(lang, Map.of()).get(slug);
    }

    private Optional<LanguageSite> published(String lang) {
        return site.languages().stream().filter(l -> l.code().equals(lang)).findFirst();
    }

    private static Map<String, Object> link(String label, String url) {
        return Map.of("label", label, "url", url);
    }

    private static Map<String, Object> metric(Metric m) {
        return Map.of("value", m.value(), "label", m.label());
    }

    private void putDate(Map<String, Object> v, String key, LocalDate date, String lang) {
        v.put(key, Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        v.put(key + "_iso", date.toString());
        v.put(key + "_display", dates.computeIfAbsent(lang, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(site.config().language(l).locale())).format(date));
    }

    /** A term's link; a preview's stand-in for a story with errors may have no term: then the taxonomy's page. */
    private Object termLink(String term, TaxonomyKind kind, String lang) {
        return term.isBlank() ? link("", urls.taxonomy(lang, kind)) : link(term, urls.term(lang, kind, Slugs.of(term), 1));
    }
}
