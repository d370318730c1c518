package be.storysite.generator.view;

import be.storysite.forms.routing.RoutingConfig;
import be.storysite.generator.card.ShareCards;
import be.storysite.generator.config.LanguageConfig;
import be.storysite.generator.config.Organization;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.contactform.StoryContacts;
import be.storysite.generator.i18n.Messages;
import be.storysite.generator.jbakedb.JBakeDb;
import be.storysite.generator.jsonld.Crumb;
import be.storysite.generator.jsonld.JsonLd;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.Document;
import be.storysite.generator.model.LanguageSite;
import be.storysite.generator.model.Page;
import be.storysite.generator.model.PreviewReason;
import be.storysite.generator.model.Service;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Story;
import be.storysite.generator.model.Taxonomy;
import be.storysite.generator.model.TaxonomyKind;
import be.storysite.generator.model.Term;
import be.storysite.generator.plan.PageKind;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.plan.Urls;
import be.storysite.generator.search.SearchStep;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data model of each page. What is the same for every page of a language (site, messages, lists, JBake's
 * {@code published_posts}, {@code tags}, {@code db}, ...) is built once; a page adds only its own part
 * ({@code content}, {@code page}, {@code pager}, {@code term}, ...). The names are listed in docs/generator.md.
 */
public final class PageModels {

    private final Site site;
    private final SiteConfig config;
    private final Urls urls;
    private final ContentViews views;
    private final Messages messages;
    private final JsonLd jsonLd;
    private final Descriptions descriptions;
    private final Optional<StoryContacts> contacts;
    private final TermTranslations termTranslations;
    private final Breadcrumbs breadcrumbs;
    private final Map<String, Map<String, Object>> forms;
    private final Set<String> unlisted;
    private final Map<String, Map<String, Object>> shared = new HashMap<>();
    private final ModelMemo memo;
    private final ShareCards cards;
    /** Each language's home page URL, by code: the language switch's link where a page is not translated. */
    private final Map<String, String> homes;
    /** Each language's taxonomy views, built once per build: every filter page shows its taxonomy. */
    private final Map<String, Map<TaxonomyKind, Map<String, Object>>> taxonomies = new HashMap<>();
    /** The same views by taxonomy object, for the filter pages of this build's plan. */
    private final Map<Taxonomy, Map<String, Object>> taxonomyViews = new IdentityHashMap<>();
    private final Map<ModelMemo.Slot, List<Object>> serviceStories = new ConcurrentHashMap<>();

    /**
     * @param forms the contact form view per language; empty when the site has no contact form
     * @param contacts whom a story's reader can call, from the form's routing rules; empty without a form
     * @param unlisted URLs of pages only reached through a form (thank-you and error pages): not in the footer,
     *     not indexed
     * @param preview whether this is a preview build (banners, robots kept out)
     * @param buildDate JBake's {@code published_date}
     * @param version JBake's {@code version}: the generator's version
     * @param memo hands out last build's value wherever a value comes out the same ({@link ModelMemo}): the live
     *     preview's; {@link ModelMemo#NONE} in a full build
     * @param cards the pages' share cards, for {@code page.share_card} and {@code og:image}
     */
    public PageModels(Site site, Urls urls, ContentViews views, Messages messages, Descriptions descriptions,
            Map<String, Map<String, Object>> forms, Optional<StoryContacts> contacts, Set<String> unlisted,
            boolean preview, Date buildDate, String version, ModelMemo memo,
            ShareCards cards) {
        this.site = site;
        this.config = site.config();
        this.urls = urls;
        this.views = views;
        this.messages = messages;
        this.jsonLd = new JsonLd(site, urls, memo);
        this.descriptions = descriptions;
        this.contacts = contacts;
        this.termTranslations = new TermTranslations(site);
        this.breadcrumbs = new Breadcrumbs(urls, messages);
        this.memo = memo;
        this.cards = cards;
        Map<String, String> homeUrls = new LinkedHashMap<>();
        config.languages().forEach(l -> homeUrls.put(l.code(), urls.home(l.code())));
        // the same object from build to build: every page's facts hold it, and compare it by identity
        this.homes = memo.same(new ModelMemo.Slot("", "homes"), Map.copyOf(homeUrls));
        Map<String, Map<String, Object>> kept = new HashMap<>();
        forms.forEach((lang, form) -> kept.put(lang, memo.same(new ModelMemo.Slot(lang, "form"), form)));
        this.forms = Map.copyOf(kept);
        this.unlisted = Set.copyOf(unlisted);
        for (LanguageSite language : site.languages()) {
            Map<TaxonomyKind, Map<String, Object>> own = new EnumMap<>(TaxonomyKind.class);
            for (Taxonomy t : language.taxonomies()) {
                Map<String, Object> view = memo.same(new ModelMemo.Slot(language.code(), "taxonomy:" + t.key()),
                        taxonomy(t, language.code()));
                own.put(t.kind(), view);
                taxonomyViews.put(t, view);
            }
            taxonomies.put(language.code(), own);
            shared.put(language.code(), shared(language, preview, buildDate, version));
        }
    }

    public Map<String, Object> model(PlannedPage page) {
        PageModel model = new PageModel(shared.get(page.lang()));
        String lang = page.lang();
        String url = page.url();
        Content content = page.content().orElse(null);
        String title = title(page);
        String description = descriptions.of(page);
        Map<String, Object> contentView = content != null ? views.of(content)
                : memo.same(new ModelMemo.Slot(url, "content"), Map.of("title", title, "type", page.kind().label(),
                        "uri", url.substring(1), "url", url, "body", "", "tags", List.of()));
        model.put("content", contentView);
        model.put("page", pageInfo(page, title, description, content));
        if (page.kind() == PageKind.STORY_LIST || page.kind() == PageKind.TERM) {
            List<Object> items = views.of(page.stories());
            model.put("pager", memo.same(new ModelMemo.Slot(url, "pager"), pager(page, items)));
        }
        page.taxonomy().ifPresent(t -> model.put("taxonomy", taxonomyView(t, lang)));
        page.term().ifPresent(t -> {
            TaxonomyKind kind = page.taxonomy().orElseThrow().kind();
            model.put("term", memo.same(new ModelMemo.Slot(url, "term"), term(t, kind, lang)));
        });
        if (content instanceof Service service) {
            model.put("service_stories", serviceStories.computeIfAbsent(
                    new ModelMemo.Slot(lang, "service_stories:" + service.meta().slug()), slot -> memo.same(slot,
                            views.of(site.language(lang).storiesOf(service.meta().slug())))));
        }
        if (content instanceof Story story) {
            model.put("related", memo.same(new ModelMemo.Slot(url, "related"), views.of(related(story))));
            // a pure function of its input, so an unchanged story's contact is not looked up again
            model.put("contact", memo.derive(new ModelMemo.Slot(url, "contact"), new ContactInput(contacts.map(
                    StoryContacts::routing).orElse(null), config.organization(), story.services(), story.region()),
                    PageModels::contact));
        }
        if (page.kind() == PageKind.TAG) {
            page.term().ifPresent(t -> {
                model.put("tag", t.label());
                model.put("tag_posts", memo.same(new ModelMemo.Slot(url, "tag_posts"), views.of(t.stories())));
            });
        }
        if (wantsForm(content) && forms.containsKey(lang)) {
            model.put("form", forms.get(lang));
            model.put("form_context", memo.same(new ModelMemo.Slot(url, "form_context"),
                    formContext(page, content, title)));
        }
        return model;
    }

    private static boolean wantsForm(Content content) {
        return content instanceof Story || content instanceof Service || content instanceof Page p && p.form();
    }

    private Map<String, Object> shared(LanguageSite language, boolean preview, Date buildDate, String version) {
        String lang = language.code();
        Map<String, Object> m = new HashMap<>();
        m.put("config", config.plain());
        m.put("site", siteInfo(language.language(), preview));
        m.put("msg", messages.of(lang));
        m.put("lang", lang);
        m.put("languages", config.languages().stream().map(l -> Map.of("code", l.code(), "name", l.name(),
                "tag", l.tag(), "url", urls.home(l.code()))).toList());
        List<Object> stories = views.of(language.stories());
        m.put("stories", stories);
        m.put("featured_stories", views.of(language.featured(config.featuredCount())));
        m.put("services", views.of(language.services()));
        m.put("pages", views.of(language.pages()));
        m.put("footer_pages", views.of(language.pages().stream().filter(p -> !unlisted.contains(urls.of(p))).toList()));
        m.put("taxonomies", language.taxonomies().stream().map(t -> taxonomies.get(lang).get(t.kind())).toList());
        m.put("preview", preview);
        m.put("preview_left_out", preview ? leftOut(language) : Map.of());
        // JBake's names, so that templates written for JBake work unchanged.
        List<Object> posts = new ArrayList<>(stories);
        language.documents().stream().filter(d -> d.meta().type().equals("post")).map(views::of).forEach(posts::add);
        List<Object> pages = new ArrayList<>(views.of(language.pages()));
        language.documents().stream().filter(d -> d.meta().type().equals("page")).map(views::of).forEach(pages::add);
        List<Object> published = new ArrayList<>();
        List<Content> inLanguage = site.published().stream().filter(c -> c.meta().lang().equals(lang)).toList();
        inLanguage.forEach(c -> published.add(views.of(c)));
        m.put("published_posts", posts);
        m.put("published_pages", pages);
        m.put("published_content", published);
        m.put("all_content", views.of(site.loaded()));
        Map<String, List<Object>> byTag = tags(language);
        m.put("tags", byTag.entrySet().stream().map(e -> Map.of("name", e.getKey(), "tagged_posts", e.getValue(),
                "tagged_documents", e.getValue(), "uri", tagUri(language, e.getKey()))).toList());
        m.put("alltags", byTag.keySet());
        m.put("db", new JBakeDb(published, views.of(site.loaded()), byTag));
        m.put("published_date", buildDate);
        m.put("version", version);
        m.replaceAll((key, value) -> memo.same(new ModelMemo.Slot(lang, key), value));
        return Map.copyOf(m);
    }

    /**
     * For a preview's notice: how many of the language's stories a build would leave out, and why. A story counts
     * once in {@code total} and once under each of its reasons; {@code future_dates} are the planned dates, ISO.
     */
    private Map<String, Object> leftOut(LanguageSite language) {
        Map<String, Object> counts = new LinkedHashMap<>();
        int total = 0;
        Set<String> dates = new TreeSet<>();
        for (PreviewReason reason : PreviewReason.values()) {
            counts.put(reason.name().toLowerCase(Locale.ROOT), 0);
        }
        for (Story story : language.stories()) {
            List<PreviewReason> reasons = site.previewReasons(story);
            total += reasons.isEmpty() ? 0 : 1;
            for (PreviewReason reason : reasons) {
                counts.merge(reason.name().toLowerCase(Locale.ROOT), 1, (x, y) -> (int) x + (int) y);
                if (reason == PreviewReason.FUTURE) {
                    dates.add(story.date().toString());
                }
            }
        }
        counts.put("total", total);
        counts.put("future_dates", String.join(", ", dates));
        return counts;
    }

    /** Tags of stories and JBake documents, each with its items newest first. */
    private Map<String, List<Object>> tags(LanguageSite language) {
        Map<String, List<Object>> byTag = new TreeMap<>();
        for (Term term : language.taxonomy(TaxonomyKind.TAG).terms()) {
            byTag.put(term.label(), new ArrayList<>(views.of(term.stories())));
        }
        for (Document d : language.documents()) {
            d.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(views.of(d)));
        }
        return byTag;
    }

    private String tagUri(LanguageSite language, String tag) {
        return language.taxonomy(TaxonomyKind.TAG).terms().stream().filter(t -> t.label().equals(tag)).findFirst()
                .map(t -> urls.term(language.code(), TaxonomyKind.TAG, t.slug(), 1).substring(1))
                .orElse("tags/" + tag + ".html");
    }

    private Map<String, Object> siteInfo(LanguageConfig language, boolean preview) {
        String lang = language.code();
        Organization o = config.organization();
        Map<String, Object> s = new HashMap<>();
        s.put("title", language.title());
        s.put("description", language.description());
        s.put("base_url", config.baseUrl());
        s.put("lang", lang);
        s.put("locale", language.tag());
        s.put("language_name", language.name());
        s.put("default_language", config.defaultLanguage());
        s.put("home_url", urls.home(lang));
        s.put("stories_url", urls.stories(lang, 1));
        s.put("services_url", urls.services(lang));
        s.put("feed_url", urls.feed(lang));
        s.put("leads_endpoint", config.leadsEndpoint());
        s.put("preview", preview);
        s.put("search", SearchStep.enabled(config));
        s.put("organization", Map.of("name", o.name(), "url", o.url(), "logo", o.logo(), "email", o.email(),
                "telephone", o.telephone()));
        Map<String, Object> taxonomyUrls = new LinkedHashMap<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            taxonomyUrls.put(kind.key(), urls.taxonomy(lang, kind));
        }
        s.put("taxonomy_urls", taxonomyUrls);
        return Map.copyOf(s);
    }

    private String title(PlannedPage page) {
        String lang = page.lang();
        String base = switch (page.kind()) {
            // the home page's title says what the site offers, not only the company's name (home_title)
            case HOME -> messages.of(lang).getOrDefault("home_title", config.language(lang).title());
            case FEED, SITEMAP, ROBOTS -> config.language(lang).title();
            case STORY_LIST, ARCHIVE -> messages.get(lang, "title_stories");
            case SERVICE_LIST -> messages.get(lang, "title_services");
            case TAXONOMY -> messages.get(lang, "taxonomy_" + page.taxonomy().orElseThrow().key());
            case TERM, TAG -> messages.get(lang, "taxonomy_" + page.taxonomy().orElseThrow().key()) + ": "
                    + page.term().orElseThrow().label();
            case NOT_FOUND -> messages.get(lang, "title_not_found");
            default -> page.content().map(Content::title).orElse(config.language(lang).title());
        };
        return page.pageNumber() > 1 ? base + " – " + format(lang, "page_n", page.pageNumber()) : base;
    }

    private String format(String lang, String key, Object arg) {
        return messages.get(lang, key).replace("{0}", String.valueOf(arg));
    }

    /**
     * The page's {@code page} value, made again only when what it is made from differs from last build's
     * ({@link PageFacts}: gathering and comparing those is a fraction of building the value and its JSON-LD).
     */
    private Map<String, Object> pageInfo(PlannedPage page, String title, String description, Content content) {
        String lang = page.lang();
        List<Crumb> trail = breadcrumbs.of(page, title);
        PageFacts facts = new PageFacts(page.url(), title, description, page.kind(), unlisted.contains(page.url()),
                lang, content instanceof Story, ogImage(content), cards.of(page.url()).orElse(null), trail,
                alternates(page, content), homes, banner(lang, content), config, jsonLd.subject(page));
        return memo.derive(new ModelMemo.Slot(page.url(), "page"), facts, f -> pageInfo(f, jsonLd));
    }

    /** A page's {@code page} value: a pure function of {@code f} ({@code jsonLd} only serialises its input). */
    private static Map<String, Object> pageInfo(PageFacts f, JsonLd jsonLd) {
        SiteConfig config = f.config();
        String lang = f.lang();
        Map<String, Object> p = new HashMap<>();
        p.put("url", f.url());
        p.put("canonical", config.absolute(f.url()));
        p.put("title", f.title());
        p.put("full_title", f.kind() == PageKind.HOME ? f.title()
                : f.title() + " | " + config.language(lang).title());
        p.put("description", f.description());
        p.put("kind", f.kind().label());
        p.put("noindex", f.noindex());
        p.put("lang", lang);
        p.put("locale", config.language(lang).tag());
        p.put("og_type", f.article() ? "article" : "website");
        p.put("og_image", f.ogImage());
        ShareCards.Card card = f.card();
        p.put("share_card", card == null ? "" : Map.of("url", config.absolute(card.url()),
                "width", card.width(), "height", card.height(), "alt", card.alt()));
        p.put("json_ld", jsonLd.text(f.jsonLd().input(config.absolute(f.url()), config.language(lang).tag(),
                f.title(), f.description(), f.trail(), config)));
        List<Object> crumbs = new ArrayList<>(f.trail().size());
        f.trail().forEach(c -> crumbs.add(Map.of("name", c.name(), "url", c.url(), "current", c.url().equals(f.url()))));
        p.put("breadcrumbs", crumbs);
        Map<String, String> alternates = f.alternates();
        List<Object> hreflang = new ArrayList<>();
        List<Object> switcher = new ArrayList<>();
        for (LanguageConfig l : config.languages()) {
            String url = alternates.get(l.code());
            if (url != null) {
                hreflang.add(Map.of("hreflang", l.tag(), "href", config.absolute(url)));
            }
            switcher.add(Map.of("code", l.code(), "name", l.name(), "tag", l.tag(),
                    "url", url != null ? url : f.homes().get(l.code()), "translated", url != null,
                    "current", l.code().equals(lang)));
        }
        p.put("alternates", alternates.size() > 1 ? hreflang : List.of());
        p.put("x_default", alternates.size() > 1 && alternates.containsKey(config.defaultLanguage())
                ? config.absolute(alternates.get(config.defaultLanguage())) : "");
        p.put("language_switch", switcher);
        p.put("banner", f.banner());
        return p;
    }

    /**
     * All a page's {@code page} value is made from. The content items in it ({@code jsonLd}'s story or service)
     * are an unchanged file's very objects from build to build, so comparing it with last build's is cheap.
     *
     * @param article whether the page is a story's (og:type)
     * @param card its share card; null when it has none
     * @param alternates the same page in each language it exists in, by language code
     * @param homes each language's home page URL, for the language switch
     * @param jsonLd the page's own part of its JSON-LD graph's input; the rest (URL, language, title, description,
     *     trail) is in these facts once, so comparing them with last build's looks at each once
     */
    private record PageFacts(String url, String title, String description, PageKind kind,
            boolean noindex, String lang, boolean article, String ogImage, ShareCards.Card card, List<Crumb> trail,
            Map<String, String> alternates, Map<String, String> homes, List<String> banner, SiteConfig config,
            JsonLd.Subject jsonLd) {
    }

    private List<String> banner(String lang, Content content) {
        if (content == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        site.previewReasons(content).forEach(r -> lines.add(messages.get(lang, r.messageKey())));
        if (site.previewReasons(content).contains(PreviewReason.ERRORS)) {
            lines.addAll(content.meta().problemLines()); // as check prints them: the writer can search for the line
        }
        return List.copyOf(lines);
    }

    /** The same page in each language it exists in: translations of content, or the section in every language. */
    Map<String, String> alternates(PlannedPage page) {
        return alternates(page, page.content().orElse(null));
    }

    private Map<String, String> alternates(PlannedPage page, Content content) {
        Map<String, String> result = new LinkedHashMap<>();
        if (content != null) {
            Map<String, Content> translations = site.translationsOf(content);
            for (LanguageConfig l : config.languages()) { // in site.yaml's order, default language first
                Content translation = translations.get(l.code());
                if (translation != null) {
                    result.put(l.code(), urls.of(translation));
                }
            }
            return result;
        }
        if (page.pageNumber() > 1) {
            return result;
        }
        for (LanguageConfig l : config.languages()) {
            String url = switch (page.kind()) {
                case HOME -> urls.home(l.code());
                case STORY_LIST -> urls.stories(l.code(), 1);
                case SERVICE_LIST -> urls.services(l.code());
                case TAXONOMY -> urls.taxonomy(l.code(), page.taxonomy().orElseThrow().kind());
                case TERM -> {
                    TaxonomyKind kind = page.taxonomy().orElseThrow().kind();
                    yield termTranslations.of(page.term().orElseThrow(), kind, page.lang(), l.code())
                            .map(t -> urls.term(l.code(), kind, t.slug(), 1)).orElse(null);
                }
                default -> null;
            };
            if (url != null) {
                result.put(l.code(), url);
            }
        }
        return result;
    }

    private String ogImage(Content content) {
        String path = "";
        if (content instanceof Story s) {
            path = s.logo().orElse("");
        } else if (content instanceof Service s) {
            path = s.image().or(s::icon).orElse("");
        }
        if (path.isEmpty()) {
            path = config.organization().logo();
        }
        return path.isEmpty() ? "" : path.startsWith("http") ? path : urls.absolute(path);
    }

    private Pager pager(PlannedPage page, List<Object> items) {
        return Pager.of(page.pageNumber(), page.pageCount(), items, n -> pageUrl(page, n));
    }

    private String pageUrl(PlannedPage page, int n) {
        return page.term().isPresent()
                ? urls.term(page.lang(), page.taxonomy().orElseThrow().kind(), page.term().get().slug(), n)
                : urls.stories(page.lang(), n);
    }

    /** The view built once for this build when {@code t} is one of the site's taxonomies (always, here). */
    private Map<String, Object> taxonomyView(Taxonomy t, String lang) {
        Map<String, Object> built = taxonomyViews.get(t);
        return built != null ? built : taxonomy(t, lang);
    }

    private Map<String, Object> taxonomy(Taxonomy taxonomy, String lang) {
        return Map.of("key", taxonomy.key(), "label", messages.get(lang, "taxonomy_" + taxonomy.key()),
                "url", urls.taxonomy(lang, taxonomy.kind()),
                "terms", taxonomy.terms().stream().map(t -> term(t, taxonomy.kind(), lang)).toList());
    }

    private Map<String, Object> term(Term term, TaxonomyKind kind, String lang) {
        return Map.of("slug", term.slug(), "label", term.label(), "count", term.count(),
                "url", urls.term(lang, kind, term.slug(), 1), "taxonomy", kind.key());
    }

    /**
     * Whom the story's reader can call: the manager the routing rules give its services or region, else the
     * organisation ({@code kind} {@code general}). Never an e-mail address: the page links to the form instead.
     */
    private static Map<String, Object> contact(ContactInput in) {
        Optional<StoryContacts.StoryContact> routed = Optional.ofNullable(in.routing()).flatMap(r ->
                new StoryContacts(r).of(in.services(), in.region()));
        String name = routed.map(c -> c.manager().name()).orElse(in.organization().name());
        String phone = routed.map(c -> c.manager().phone()).filter(p -> !p.isBlank())
                .orElse(in.organization().telephone());
        return Map.of("name", name, "kind", routed.map(StoryContacts.StoryContact::kind).orElse("general"),
                "phone", phone, "phone_href", phone.isBlank() ? "" : "tel:" + phone.replaceAll("[^+0-9]", ""));
    }

    /** All a story's contact is made from; {@code routing} null without a contact form. */
    private record ContactInput(RoutingConfig routing, Organization organization, List<String> services,
            String region) {
    }

    /** Up to three other stories sharing a service, newest first. */
    private List<Story> related(Story story) {
        LanguageSite language = site.language(story.meta().lang());
        List<Story> related = new ArrayList<>();
        for (String slug : story.services()) {
            for (Story other : language.storiesOf(slug)) {
                if (related.size() == 3) {
                    return related; // stop early: a service may have thousands of stories
                }
                // by identity: a record's equals compares every field, and its first call spins method handles
                // the AOT cache cannot hold (a few ms of every build's start)
                if (other != story && related.stream().noneMatch(r -> r == other)) {
                    related.add(other);
                }
            }
        }
        return related;
    }

    private Map<String, Object> formContext(PlannedPage page, Content content, String title) {
        List<String> services = content instanceof Story story ? story.services()
                : content instanceof Service ? List.of(content.meta().slug()) : List.of();
        return Map.of("lang", page.lang(), "source_url", urls.absolute(page.url()), "source_title", title,
                "source_kind", content.meta().type(), "source_slug", content.meta().slug(),
                "source_services", String.join(",", services));
    }
}
