package be.storysite.generator.view;

import be.storysite.generator.i18n.Messages;
import be.storysite.generator.jsonld.Crumb;
import be.storysite.generator.model.Slugs;
import be.storysite.generator.model.Story;
import be.storysite.generator.model.TaxonomyKind;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.plan.Urls;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's breadcrumb trail, from its language's home page to the page itself (the last step), shown in the
 * page's {@code <nav>} and written as its {@code BreadcrumbList}. The home page has none.
 *
 * <pre>{@code
 * breadcrumbs.of(storyPage, "Thuiswerken binnen drie dagen");
 * // Home /, Klantverhalen /klantverhalen/, Welzijn /klantverhalen/sector/welzijn/, Thuiswerken ... (this page)
 * }</pre>
 */
public final class Breadcrumbs {

    private final Urls urls;
    private final Messages messages;

    public Breadcrumbs(Urls urls, Messages messages) {
        this.urls = urls;
        this.messages = messages;
    }

    /** The trail of {@code page}, whose title is {@code title}; empty for pages without one. */
    public List<Crumb> of(PlannedPage page, String title) {
        String lang = page.lang();
        List<Crumb> trail = new ArrayList<>();
        trail.add(new Crumb(messages.get(lang, "nav_home"), urls.home(lang)));
        Crumb stories = new Crumb(messages.get(lang, "title_stories"), urls.stories(lang, 1));
        switch (page.kind()) {
            case HOME, FEED, SITEMAP, ROBOTS, NOT_FOUND -> {
                return List.of();
            }
            case STORY_LIST -> {
                if (page.pageNumber() > 1) {
                    trail.add(stories);
                }
            }
            case STORY -> {
                trail.add(stories);
                page.content().filter(Story.class::isInstance).map(Story.class::cast)
                        .filter(s -> !s.sector().isBlank())
                        .ifPresent(s -> trail.add(new Crumb(s.sector(),
                                urls.term(lang, TaxonomyKind.SECTOR, Slugs.of(s.sector()), 1))));
            }
            case SERVICE -> trail.add(new Crumb(messages.get(lang, "title_services"), urls.services(lang)));
            case TAXONOMY -> trail.add(stories);
            case TERM -> {
                TaxonomyKind kind = page.taxonomy().orElseThrow().kind();
                trail.add(stories);
                trail.add(new Crumb(messages.get(lang, "taxonomy_" + kind.key()), urls.taxonomy(lang, kind)));
                if (page.pageNumber() > 1) {
                    String slug = page.term().orElseThrow().slug();
                    trail.add(new Crumb(page.term().orElseThrow().label(), urls.term(lang, kind, slug, 1)));
                }
            }
            default -> {
                // free pages and documents hang under the home page
            }
        }
        trail.add(new Crumb(title, page.url()));
        return List.copyOf(trail);
    }
}
