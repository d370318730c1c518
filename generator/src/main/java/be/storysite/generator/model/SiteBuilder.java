package be.storysite.generator.model;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.config.LanguageConfig;
import be.storysite.generator.config.SiteConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link Site}: checks what needs all files at once (service slugs, duplicate slugs), applies the
 * {@link PublishingRules}, then sorts and groups once: lists, taxonomies and service pages are built in one pass
 * over the stories, never by searching per page (a 4,000-story site stays linear).
 */
public final class SiteBuilder {

    private static final Comparator<Story> NEWEST_FIRST = Comparator.comparing(Story::date).reversed()
            .thenComparing(Story::title);

    private final SiteConfig config;
    private final PublishingRules rules;

    public SiteBuilder(SiteConfig config, PublishingRules rules) {
        this.config = config;
        this.rules = rules;
    }

    public Site build(List<Content> all, Diagnostics problems) {
        checkDuplicates(all, problems);
        List<Content> loaded = checkServiceSlugs(all, problems);
        List<Content> published = new ArrayList<>();
        Map<String, List<PreviewReason>> reasons = new HashMap<>();
        for (Content content : loaded) {
            rules.decide(content, problems).ifPresent(r -> {
                published.add(content);
                if (!r.isEmpty()) {
                    reasons.put(content.meta().id(), r);
                }
            });
        }
        Map<String, String> serviceTitles = serviceTitles(published);
        List<LanguageSite> languages = config.languages().stream()
                .map(l -> language(l, published, serviceTitles)).toList();
        return new Site(config, published, loaded, languages, translations(published), reasons);
    }

    private static void checkDuplicates(List<Content> loaded, Diagnostics problems) {
        Map<String, Content> seen = new HashMap<>();
        for (Content c : loaded) {
            String key = c.meta().kind() + "/" + c.meta().lang() + "/" + c.meta().slug();
            Content first = seen.putIfAbsent(key, c);
            if (first != null) {
                problems.error(c.meta().file().header().end(), "two " + c.meta().type()
                        + " files in language '" + c.meta().lang() + "' have the slug '" + c.meta().slug()
                        + "': this one and " + first.meta().file().source().path(),
                        "rename one of them; their pages would have the same URL");
            }
        }
    }

    /**
     * Reports a story's unknown service slugs. A preview shows such a story as a draft listing them, naming only
     * its known services, instead of failing: the content as it goes on, with those stand-ins.
     */
    private List<Content> checkServiceSlugs(List<Content> loaded, Diagnostics problems) {
        Set<String> known = loaded.stream().filter(c -> c instanceof Service).map(c -> c.meta().slug())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<Content> checked = new ArrayList<>(loaded.size());
        for (Content c : loaded) {
            Diagnostics own = new Diagnostics();
            if (c instanceof Story story) {
                for (int i = 0; i < story.services().size(); i++) {
                    String slug = story.services().get(i);
                    if (!known.contains(slug)) {
                        own.error(story.meta().fields().position("services", i), "unknown service '" + slug
                                + "': there is no content/services/" + slug + ".md",
                                known.isEmpty() ? "add the service page first"
                                        : "use one of: " + String.join(", ", known));
                    }
                }
                if (own.hasErrors() && rules.preview()) {
                    checked.add(story.withProblems(own.errors(), known));
                    continue;
                }
            }
            problems.addAll(own.all());
            checked.add(c);
        }
        return checked;
    }

    /** Service titles by slug, the default language's first, for service filter labels in any language. */
    private Map<String, String> serviceTitles(List<Content> published) {
        Map<String, String> titles = new HashMap<>();
        for (Content c : published) {
            if (c instanceof Service s && (c.meta().lang().equals(config.defaultLanguage())
                    || !titles.containsKey(c.meta().slug()))) {
                titles.put(c.meta().slug(), s.title());
            }
        }
        return titles;
    }

    private LanguageSite language(LanguageConfig language, List<Content> published, Map<String, String> serviceTitles) {
        String code = language.code();
        List<Story> stories = ofType(published, Story.class, code);
        stories.sort(NEWEST_FIRST);
        List<Service> services = ofType(published, Service.class, code);
        services.sort(Comparator.comparingInt(Service::order).thenComparing(Service::title));
        List<Page> pages = ofType(published, Page.class, code);
        pages.sort(Comparator.comparing(Page::title));
        List<Document> documents = ofType(published, Document.class, code);
        documents.sort(Comparator.comparing((Document d) -> d.meta().date().orElse(java.time.LocalDate.MIN))
                .reversed().thenComparing(Document::title));
        Map<String, String> titles = new HashMap<>(serviceTitles);
        services.forEach(s -> titles.put(s.meta().slug(), s.title()));
        Map<String, List<Story>> byService = new HashMap<>();
        for (Story story : stories) {
            for (String slug : story.services()) {
                byService.computeIfAbsent(slug, k -> new ArrayList<>()).add(story);
            }
        }
        List<Taxonomy> taxonomies = List.of(
                taxonomy(TaxonomyKind.SECTOR, stories, s -> List.of(s.sector()), Function.identity()),
                taxonomy(TaxonomyKind.SERVICE, stories, Story::services, slug -> titles.getOrDefault(slug, slug)),
                taxonomy(TaxonomyKind.REGION, stories, s -> List.of(s.region()), Function.identity()),
                taxonomy(TaxonomyKind.TAG, stories, Story::tags, Function.identity()));
        return new LanguageSite(language, stories, services, pages, documents, taxonomies, byService);
    }

    /**
     * Groups stories by term in one pass. Terms are told apart by their slug, so "Lokale besturen" and
     * "lokale besturen" are one term; the first spelling met is the label.
     */
    private static Taxonomy taxonomy(TaxonomyKind kind, List<Story> stories, Function<Story, List<String>> values,
            Function<String, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<Story>> byTerm = new TreeMap<>();
        Map<String, String> slugs = new HashMap<>(); // thousands of stories share a few dozen values
        for (Story story : stories) {
            for (String value : values.apply(story)) {
                if (value.isBlank()) {
                    continue; // a stand-in for a story with errors may lack its sector or region
                }
                String slug = kind == TaxonomyKind.SERVICE ? value : slugs.computeIfAbsent(value, Slugs::of);
                labels.putIfAbsent(slug, label.apply(value));
                List<Story> list = byTerm.computeIfAbsent(slug, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != story) {
                    list.add(story);
                }
            }
        }
        List<Term> terms = new ArrayList<>();
        byTerm.forEach((slug, list) -> terms.add(new Term(slug, labels.get(slug), list)));
        terms.sort(Comparator.comparing(t -> t.label().toLowerCase(java.util.Locale.ROOT)));
        return new Taxonomy(kind, terms);
    }

    private static <T extends Content> List<T> ofType(List<Content> all, Class<T> type, String lang) {
        List<T> result = new ArrayList<>();
        for (Content c : all) {
            if (type.isInstance(c) && c.meta().lang().equals(lang)) {
                result.add(type.cast(c));
            }
        }
        return result;
    }

    private static Map<String, Map<String, Content>> translations(List<Content> published) {
        Map<String, Map<String, Content>> groups = new HashMap<>();
        for (Content c : published) {
            groups.computeIfAbsent(Site.groupKey(c), k -> new LinkedHashMap<>()).put(c.meta().lang(), c);
        }
        Map<String, Map<String, Content>> frozen = new HashMap<>();
        groups.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return frozen;
    }

}
