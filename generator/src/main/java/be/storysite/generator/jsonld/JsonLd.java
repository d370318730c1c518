package be.storysite.generator.jsonld;

import be.storysite.core.json.JsonText;
import be.storysite.generator.config.Organization;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.LanguageSite;
import be.storysite.generator.model.Service;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Story;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.plan.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON-LD of a page: always the publisher as {@code Organization}; for a story an {@code Article} whose
 * {@code about} is its services, and a {@code Quotation} for its pull quote; for a service a {@code Service}.
 * Deliberately no {@code Review} or {@code AggregateRating}: testimonials on the company's own site are
 * self-serving reviews in Google's rules, and would be penalised rather than shown.
 *
 * <pre>{@code
 * JsonLd.Input in = jsonLd.subject(page).input(config.absolute(page.url()), "nl-BE", title, description, trail,
 *         config);   // everything the graph is made from: text(in) reads nothing else
 * String text = jsonLd.text(in);
 * // in a template: <script type="application/ld+json">${page.json_ld?no_esc}</script>
 * }</pre>
 */
public final class JsonLd {

    private final SiteConfig config;
    private final Site site;
    private final Urls urls;
    /**
     * The publisher's node and the reference to it, made once per build and shared by every page's graph: with a
     * memo they are last build's very objects while they come out the same, so comparing a page's graph with last
     * build's does not look into them again on every page.
     */
    private final Map<String, Object> organization;
    private final Map<String, Object> byOrganization;

    /** @param memo keeps the publisher's nodes from build to build (the live preview's) */
    public JsonLd(Site site, Urls urls, ModelMemo memo) {
        this.site = site;
        this.config = site.config();
        this.urls = urls;
        this.organization = memo.same(new ModelMemo.Slot("", "json_ld:organization"), organization());
        this.byOrganization = memo.same(new ModelMemo.Slot("", "json_ld:by_organization"),
                Map.of("@id", organizationId()));
    }

    /**
     * What a page's graph is made from besides its URL, language, title, description and trail (which the page's
     * facts hold anyway, so that comparing them with last build's looks at each once).
     */
    public Subject subject(PlannedPage page) {
        Content content = page.content().orElse(null);
        List<Crumb> about = new ArrayList<>();
        if (content instanceof Story story) {
            LanguageSite language = site.language(story.meta().lang());
            for (String slug : story.services()) {
                language.service(slug).ifPresent(s -> about.add(new Crumb(s.title(), urls.absolute(urls.of(s)))));
            }
        }
        return new Subject(content instanceof Story || content instanceof Service ? content : null,
                List.copyOf(about), organization, byOrganization);
    }

    /**
     * A page's own part of its graph's input.
     *
     * @param content the page's story or service; null for any other page
     * @param about a story's services (name, absolute URL); empty for other pages
     * @param organization the publisher's node, kept from build to build
     * @param byOrganization the reference to it
     */
    public record Subject(Content content, List<Crumb> about, Map<String, Object> organization,
            Map<String, Object> byOrganization) {

        /** The whole input of the graph of the page at absolute {@code url}, in language {@code tag}. */
        public Input input(String url, String tag, String title, String description, List<Crumb> trail,
                SiteConfig config) {
            return new Input(url, tag, content, title, description, List.copyOf(trail), about, config,
                    organization, byOrganization);
        }
    }

    /**
     * What a page's graph is made from.
     *
     * @param url the page's absolute URL
     * @param tag the page's language tag
     * @param content the page's story or service; null for any other page
     * @param about a story's services (name, absolute URL); empty for other pages
     * @param config for absolute URLs of logos and images
     * @param organization the publisher's node, kept from build to build
     * @param byOrganization the reference to it
     */
    public record Input(String url, String tag, Content content, String title, String description,
            List<Crumb> trail, List<Crumb> about, SiteConfig config, Map<String, Object> organization,
            Map<String, Object> byOrganization) {
    }

    /** The graph of {@code in} as text; a pure function of {@code in}. */
    public String text(Input in) {
        List<Object> graph = new ArrayList<>();
        graph.add(in.organization());
        String url = in.url();
        if (in.content() instanceof Story story) {
            graph.add(article(in, story));
            graph.add(quotation(story, url, in.tag()));
        } else if (in.content() instanceof Service service) {
            graph.add(service(in, service));
        } else {
            Map<String, Object> webPage = node("WebPage", url + "#webpage");
            webPage.put("name", in.title());
            webPage.put("url", url);
            webPage.put("inLanguage", in.tag());
            webPage.put("publisher", in.byOrganization());
            graph.add(webPage);
        }
        if (in.trail().size() > 1) {
            graph.add(breadcrumbs(in.trail(), url, in.config()));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        // "</" would end the script element early; JSON allows escaping the slash.
        return JsonText.of(root).replace("</", "<\\/");
    }

    private static Map<String, Object> breadcrumbs(List<Crumb> trail, String url, SiteConfig config) {
        Map<String, Object> list = node("BreadcrumbList", url + "#breadcrumbs");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", trail.get(i).name());
            item.put("item", absolute(config, trail.get(i).url()));
            items.add(item);
        }
        list.put("itemListElement", items);
        return list;
    }

    private String organizationId() {
        return config.absolute("/") + "#organization";
    }

    private Map<String, Object> organization() {
        Organization o = config.organization();
        Map<String, Object> org = node("Organization", organizationId());
        org.put("name", o.name());
        org.put("url", o.url().isEmpty() ? config.absolute("/") : o.url());
        putIf(org, "logo", o.logo().isEmpty() ? "" : absolute(config, o.logo()));
        putIf(org, "email", o.email());
        putIf(org, "telephone", o.telephone());
        if (!o.sameAs().isEmpty()) {
            org.put("sameAs", o.sameAs());
        }
        return org;
    }

    private static Map<String, Object> article(Input in, Story story) {
        String url = in.url();
        Map<String, Object> article = node("Article", url + "#article");
        article.put("headline", story.title());
        article.put("description", in.description());
        article.put("datePublished", story.date().toString());
        article.put("inLanguage", in.tag());
        article.put("mainEntityOfPage", url);
        article.put("url", url);
        article.put("author", in.byOrganization());
        article.put("publisher", in.byOrganization());
        story.logo().ifPresent(logo -> article.put("image", absolute(in.config(), logo)));
        List<Object> about = new ArrayList<>();
        for (Crumb s : in.about()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("@type", "Service");
            service.put("name", s.name());
            service.put("url", s.url());
            about.add(service);
        }
        if (!about.isEmpty()) {
            article.put("about", about);
        }
        article.put("mentions", customer(story));
        return article;
    }

    /** The customer as a node; ordered, so the JSON is the same on every build (Map.of's order varies per run). */
    private static Map<String, Object> customer(Story story) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("@type", "GovernmentOrganization");
        customer.put("name", story.customer());
        return customer;
    }

    private static Map<String, Object> quotation(Story story, String url, String tag) {
        Map<String, Object> quote = node("Quotation", url + "#quote");
        quote.put("text", story.quote());
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", story.person());
        person.put("jobTitle", story.role());
        person.put("worksFor", customer(story));
        quote.put("creator", person);
        quote.put("isPartOf", Map.of("@id", url + "#article"));
        quote.put("inLanguage", tag);
        return quote;
    }

    private static Map<String, Object> service(Input in, Service service) {
        String url = in.url();
        Map<String, Object> node = node("Service", url + "#service");
        node.put("name", service.title());
        node.put("description", service.summary());
        node.put("url", url);
        node.put("provider", in.byOrganization());
        service.image().or(service::icon).ifPresent(i -> node.put("image", absolute(in.config(), i)));
        return node;
    }

    private static String absolute(SiteConfig config, String sitePath) {
        return sitePath.startsWith("http") ? sitePath : config.absolute(sitePath);
    }

    private static Map<String, Object> node(String type, String id) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        node.put("@id", id);
        return node;
    }

    private static void putIf(Map<String, Object> node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }
}
