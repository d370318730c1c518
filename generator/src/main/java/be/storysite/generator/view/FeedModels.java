package be.storysite.generator.view;

import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.LanguageSite;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Story;
import be.storysite.generator.plan.PageKind;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.plan.Urls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/**
 * The data of the XML outputs: {@code feed} for {@code feed.ftlx} (Atom, one per language, newest stories) and
 * {@code sitemap} for {@code sitemap.ftlx} (every HTML page with its {@code hreflang} alternates). Dates are
 * already in the formats the standards want, so templates only print them.
 */
public final class FeedModels {

    private final Site site;
    private final Urls urls;
    private final ContentViews views;
    private final ModelMemo memo;

    public FeedModels(Site site, Urls urls, ContentViews views) {
        this(site, urls, views, ModelMemo.NONE);
    }

    /** @param memo hands out last build's feed or sitemap when it comes out the same ({@link ModelMemo}) */
    public FeedModels(Site site, Urls urls, ContentViews views, ModelMemo memo) {
        this.site = site;
        this.urls = urls;
        this.views = views;
        this.memo = memo;
    }

    public Map<String, Object> feed(String lang) {
        LanguageSite language = site.language(lang);
        List<Story> stories = language.stories().stream().limit(site.config().feedSize()).toList();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("title", language.language().title());
        feed.put("subtitle", language.language().description());
        feed.put("id", urls.absolute(urls.feed(lang)));
        feed.put("self", urls.absolute(urls.feed(lang)));
        feed.put("link", urls.absolute(urls.stories(lang, 1)));
        feed.put("updated", atom(stories.stream().map(Story::date).max(Comparator.naturalOrder())
                .orElse(LocalDate.of(2000, 1, 1))));
        feed.put("author", site.config().organization().name());
        List<Object> entries = new ArrayList<>();
        for (Story story : stories) {
            Map<String, Object> entry = new LinkedHashMap<>();
            String url = urls.absolute(urls.of(story));
            entry.put("title", story.title());
            entry.put("url", url);
            entry.put("id", url);
            entry.put("updated", atom(story.date()));
            entry.put("published", atom(story.date()));
            entry.put("summary", story.summary());
            entry.put("content", views.of(story).get("body"));
            entry.put("story", views.of(story));
            entries.add(entry);
        }
        feed.put("entries", entries);
        return memo.same(new ModelMemo.Slot(lang, "feed"), feed);
    }

    /**
     * One entry per HTML page except 404 and form result pages, with its alternates when it has translations;
     * made on {@code pool}'s threads (a preview update makes all ~2,000 again), in page order.
     */
    public List<Object> sitemap(List<PlannedPage> pages, PageModels models, Set<String> unlisted,
            ForkJoinPool pool) {
        List<PlannedPage> listed = pages.stream().filter(page -> page.html() && page.kind() != PageKind.NOT_FOUND
                && !unlisted.contains(page.url())).toList();
        List<Object> entries = pool.submit(() -> listed.parallelStream().<Object>map(page -> memo.same(
                new ModelMemo.Slot(page.url(), "sitemap"), entry(page, models))).toList()).join();
        return memo.same(new ModelMemo.Slot("/", "sitemap"), entries);
    }

    private Map<String, Object> entry(PlannedPage page, PageModels models) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("loc", urls.absolute(page.url()));
        page.content().flatMap(c -> c.meta().date()).ifPresent(d -> entry.put("lastmod", d.toString()));
        List<Object> alternates = new ArrayList<>();
        Map<String, String> byLang = models.alternates(page);
        if (byLang.size() > 1) {
            byLang.forEach((l, url) -> alternates.add(Map.of("hreflang", site.config().language(l).tag(),
                    "href", urls.absolute(url))));
        }
        entry.put("alternates", alternates);
        return entry;
    }

    private static String atom(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
