package be.storysite.generator.plan;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.Document;
import be.storysite.generator.model.LanguageSite;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Story;
import be.storysite.generator.model.Taxonomy;
import be.storysite.generator.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Decides every page the build writes, per language: home, the paginated story list, each story, the service
 * list and each service, free pages, a taxonomy page per taxonomy and a paginated filter page per term, the
 * Atom feed; once: sitemap, robots.txt and 404. Two pages with one URL are an error naming both sources.
 */
public final class SitePlanner {

    private final Urls urls;
    private final int pageSize;

    public SitePlanner(Urls urls, int pageSize) {
        this.urls = urls;
        this.pageSize = pageSize;
    }

    public List<PlannedPage> plan(Site site, Diagnostics problems) {
        List<PlannedPage> pages = new ArrayList<>();
        for (LanguageSite language : site.languages()) {
            String lang = language.code();
            pages.add(PlannedPage.of(urls.home(lang), PageKind.HOME, lang));
            paginate(language.stories(), n -> urls.stories(lang, n), PageKind.STORY_LIST, lang, Optional.empty(),
                    Optional.empty(), pages);
            language.stories().forEach(s -> pages.add(PlannedPage.of(urls.of(s), PageKind.STORY, s)));
            pages.add(PlannedPage.of(urls.services(lang), PageKind.SERVICE_LIST, lang));
            language.services().forEach(s -> pages.add(PlannedPage.of(urls.of(s), PageKind.SERVICE, s)));
            language.pages().forEach(p -> pages.add(PlannedPage.of(urls.of(p), PageKind.PAGE, p)));
            for (Taxonomy taxonomy : language.taxonomies()) {
                PlannedPage index = PlannedPage.of(urls.taxonomy(lang, taxonomy.kind()), PageKind.TAXONOMY, lang);
                pages.add(new PlannedPage(index.url(), index.kind(), index.template(), lang, Optional.empty(),
                        List.of(), 1, 1, Optional.of(taxonomy), Optional.empty()));
                for (Term term : taxonomy.terms()) {
                    paginate(term.stories(), n -> urls.term(lang, taxonomy.kind(), term.slug(), n), PageKind.TERM,
                            lang, Optional.of(taxonomy), Optional.of(term), pages);
                }
            }
            pages.add(PlannedPage.of(urls.feed(lang), PageKind.FEED, lang));
            for (Document d : language.documents()) {
                PlannedPage page = PlannedPage.of(urls.of(d), PageKind.DOCUMENT, d);
                pages.add(new PlannedPage(page.url(), page.kind(), d.meta().type(), lang, page.content(), List.of(),
                        1, 1, Optional.empty(), Optional.empty()));
            }
        }
        String main = site.config().defaultLanguage();
        pages.add(PlannedPage.of("/sitemap.xml", PageKind.SITEMAP, main));
        pages.add(PlannedPage.of("/robots.txt", PageKind.ROBOTS, main));
        pages.add(PlannedPage.of("/404.html", PageKind.NOT_FOUND, main));
        checkUnique(pages, problems);
        return pages;
    }

    private void paginate(List<Story> stories, IntFunction<String> url, PageKind kind, String lang,
            Optional<Taxonomy> taxonomy, Optional<Term> term, List<PlannedPage> pages) {
        int count = Math.max(1, (stories.size() + pageSize - 1) / pageSize);
        for (int n = 1; n <= count; n++) {
            List<Story> slice = stories.subList((n - 1) * pageSize, Math.min(stories.size(), n * pageSize));
            pages.add(new PlannedPage(url.apply(n), kind, kind.template(), lang, Optional.empty(), slice, n, count,
                    taxonomy, term));
        }
    }

    private static void checkUnique(List<PlannedPage> pages, Diagnostics problems) {
        Map<String, PlannedPage> seen = new HashMap<>();
        for (PlannedPage page : pages) {
            PlannedPage first = seen.putIfAbsent(page.url(), page);
            if (first != null) {
                problems.error(position(page), "two pages would be written at " + page.url() + ": "
                        + describe(page) + " and " + describe(first),
                        "rename one of them (a page slug may not equal a section word of site.yaml)");
            }
        }
    }

    private static SourcePosition position(PlannedPage page) {
        return page.content().map(c -> SourcePosition.of(c.meta().file().source().path()))
                .orElse(SourcePosition.of(java.nio.file.Path.of("site.yaml")));
    }

    private static String describe(PlannedPage page) {
        return page.content().map(Content::meta).map(m -> m.file().source().path().toString())
                .orElse("the " + page.kind().label() + " page");
    }
}
