package be.storysite.generator.plan;

import be.storysite.generator.config.LanguageConfig;
import be.storysite.generator.config.Sections;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.Document;
import be.storysite.generator.model.Page;
import be.storysite.generator.model.Service;
import be.storysite.generator.model.Story;
import be.storysite.generator.model.TaxonomyKind;

/**
 * Every URL of the site, root-relative and ending in {@code /} for pages, built from the section words of
 * {@code site.yaml} (never written in Java):
 *
 * <pre>{@code
 * urls.stories("nl", 2);                                   // /klantverhalen/pagina/2/
 * urls.term("fr", TaxonomyKind.SECTOR, "bien-etre", 1);     // /fr/temoignages/secteur/bien-etre/
 * urls.of(serviceInEnglish);                               // /en/services/managed-workplace/
 * }</pre>
 */
public final class Urls {

    private final SiteConfig config;

    public Urls(SiteConfig config) {
        this.config = config;
    }

    public String home(String lang) {
        return prefix(lang) + "/";
    }

    public String stories(String lang, int page) {
        return paged(prefix(lang) + "/" + sections(lang).stories() + "/", lang, page);
    }

    public String services(String lang) {
        return prefix(lang) + "/" + sections(lang).services() + "/";
    }

    public String taxonomy(String lang, TaxonomyKind kind) {
        return prefix(lang) + "/" + sections(lang).stories() + "/" + kind.section(sections(lang)) + "/";
    }

    public String term(String lang, TaxonomyKind kind, String termSlug, int page) {
        return paged(taxonomy(lang, kind) + termSlug + "/", lang, page);
    }

    public String feed(String lang) {
        return prefix(lang) + "/" + sections(lang).stories() + "/feed.xml";
    }

    public String of(Content content) {
        String lang = content.meta().lang();
        String slug = content.meta().slug();
        if (content instanceof Story) {
            return prefix(lang) + "/" + sections(lang).stories() + "/" + slug + "/";
        }
        if (content instanceof Service) {
            return services(lang) + slug + "/";
        }
        if (content instanceof Page) {
            return prefix(lang) + "/" + slug + "/";
        }
        // JBake's layout: content/blog/2024/hallo.md is written as blog/2024/hallo.html
        String relative = ((Document) content).meta().file().source().relative();
        return "/" + relative.substring(0, relative.lastIndexOf('.')) + ".html";
    }

    /** {@code https://www.vicinia.be/fr/} for {@code /fr/}. */
    public String absolute(String url) {
        return config.absolute(url);
    }

    private String paged(String first, String lang, int page) {
        return page <= 1 ? first : first + sections(lang).page() + "/" + page + "/";
    }

    private String prefix(String lang) {
        return language(lang).prefix();
    }

    private Sections sections(String lang) {
        return language(lang).sections();
    }

    private LanguageConfig language(String lang) {
        return config.language(lang);
    }
}
