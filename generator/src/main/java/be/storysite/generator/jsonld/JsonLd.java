package be.storysite.generator.jsonld;

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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * <script type="application/ld+json">${page.json_ld?no_esc}</script>
 * }</pre>
 */
public final class JsonLd {

    private final ObjectMapper json = new ObjectMapper();
    private final SiteConfig config;
    private final Site site;
    private final Urls urls;

    private final ModelMemo memo;
    /**
     * The publisher's node and the reference to it, made once per build and shared by every page's graph: with a
     * memo they are last build's very objects while they come out the same, so comparing a page's graph with last
     * build's does not look into them again on every page.
     */
    private final Map<String, Object> organization;
    private final Map<String, Object> byOrganization;

    public JsonLd(Site site, Urls urls) {
        this(site, urls, ModelMemo.NONE);
    }

    /** @param memo keeps each page's text while its graph comes out the same (the live preview's) */
    public JsonLd(Site site, Urls urls, ModelMemo memo) {
        this.site = site;
        this.config = site.config();
        this.urls = urls;
        this.memo = memo;
        this.organization = memo.same(new ModelMemo.Slot("", "json_ld:organization"), organization());
        this.byOrganization = memo.same(new ModelMemo.Slot("", "json_ld:by_organization"),
                Map.of("@id", organizationId()));
    }

    /** The {@code @graph} for a page, as a string safe inside a {@code <script>} element. */
    public String of(PlannedPage page, String title, String description) {
        return of(page, title, description, List.of());
    }

    /**
     * The same, with a {@code BreadcrumbList} of {@code trail} (from the home page to this page) when it has two
     * steps or more.
     */
    public String of(PlannedPage page, String title, String description, List<Crumb> trail) {
        List<Object> graph = new ArrayList<>();
        graph.add(organization);
        String url = urls.absolute(page.url());
        Content content = page.content().orElse(null);
        if (content instanceof Story story) {
            graph.add(article(story, url, description));
            graph.add(quotation(story, url));
        } else if (content instanceof Service service) {
            graph.add(service(service, url));
        } else {
            Map<String, Object> webPage = node("WebPage", url + "#webpage");
            webPage.put("name", title);
            webPage.put("url", url);
            webPage.put("inLanguage", config.language(page.lang()).tag());
            webPage.put("publisher", byOrganization);
            graph.add(webPage);
        }
        if (trail.size() > 1) {
            graph.add(breadcrumbs(trail, url));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@graph", graph);
        // serialising is most of the cost, and a pure function of the graph, which is cheap to compare
        return memo.derive(new ModelMemo.Slot(page.url(), "json_ld"), root, this::text);
    }

    private String text(Map<String, Object> root) {
        try {
            // "</" would end the script element early; JSON allows escaping the slash.
            return json.writeValueAsString(root).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of " + root, e);
        }
    }

    private Map<String, Object> breadcrumbs(List<Crumb> trail, String url) {
        Map<String, Object> list = node("BreadcrumbList", url + "#breadcrumbs");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", trail.get(i).name());
            item.put("item", absolute(trail.get(i).url()));
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
        putIf(org, "logo", o.logo().isEmpty() ? "" : absolute(o.logo()));
        putIf(org, "email", o.email());
        putIf(org, "telephone", o.telephone());
        if (!o.sameAs().isEmpty()) {
            org.put("sameAs", o.sameAs());
        }
        return org;
    }

    private Map<String, Object> article(Story story, String url, String description) {
        Map<String, Object> article = node("Article", url + "#article");
        article.put("headline", story.title());
        article.put("description", description);
        article.put("datePublished", story.date().toString());
        article.put("inLanguage", config.language(story.meta().lang()).tag());
        article.put("mainEntityOfPage", url);
        article.put("url", url);
        article.put("author", byOrganization);
        article.put("publisher", byOrganization);
        story.logo().ifPresent(logo -> article.put("image", absolute(logo)));
        LanguageSite language = site.language(story.meta().lang());
        List<Object> about = new ArrayList<>();
        for (String slug : story.services()) {
            language.service(slug).ifPresent(s -> {
                Map<String, Object> service = new LinkedHashMap<>();
                service.put("@type", "Service");
                service.put("name", s.title());
                service.put("url", urls.absolute(urls.of(s)));
                about.add(service);
            });
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

    private Map<String, Object> quotation(Story story, String url) {
        Map<String, Object> quote = node("Quotation", url + "#quote");
        quote.put("text", story.quote());
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", story.person());
        person.put("jobTitle", story.role());
        person.put("worksFor", customer(story));
        quote.put("creator", person);
        quote.put("isPartOf", Map.of("@id", url + "#article"));
        quote.put("inLanguage", config.language(story.meta().lang()).tag());
        return quote;
    }

    private Map<String, Object> service(Service service, String url) {
        Map<String, Object> node = node("Service", url + "#service");
        node.put("name", service.title());
        node.put("description", service.summary());
        node.put("url", url);
        node.put("provider", byOrganization);
        service.image().or(service::icon).ifPresent(i -> node.put("image", absolute(i)));
        return node;
    }

    private String absolute(String sitePath) {
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
