package be.storysite.generator.plan;

import be.storysite.generator.model.Content;
import be.storysite.generator.model.Story;
import be.storysite.generator.model.Taxonomy;
import be.storysite.generator.model.Term;
import java.util.List;
import java.util.Optional;

/**
 * One file the build writes, decided before anything is rendered so that links can be checked against the
 * complete list.
 *
 * @param url root-relative; {@code /klantverhalen/} is written as {@code klantverhalen/index.html}
 * @param kind what the page is, which also names its template
 * @param template the template name without extension
 * @param lang the page's language
 * @param content the content item of a story, service, page or document page
 * @param stories the stories a list or term page shows (this page's slice)
 * @param pageNumber this page of a paginated list, from 1
 * @param pageCount how many pages the list has
 * @param taxonomy the taxonomy of a taxonomy or term page
 * @param term the term of a term page
 */
public record PlannedPage(String url, PageKind kind, String template, String lang, Optional<Content> content,
        List<Story> stories, int pageNumber, int pageCount, Optional<Taxonomy> taxonomy, Optional<Term> term) {

    public PlannedPage {
        stories = List.copyOf(stories);
    }

    public static PlannedPage of(String url, PageKind kind, String lang) {
        return new PlannedPage(url, kind, kind.template(), lang, Optional.empty(), List.of(), 1, 1,
                Optional.empty(), Optional.empty());
    }

    public static PlannedPage of(String url, PageKind kind, Content content) {
        return new PlannedPage(url, kind, kind.template(), content.meta().lang(), Optional.of(content), List.of(),
                1, 1, Optional.empty(), Optional.empty());
    }

    /** The file below the output folder, e.g. {@code klantverhalen/index.html}. */
    public String file() {
        String path = url.substring(1);
        return url.endsWith("/") ? path + "index.html" : path;
    }

    /** Whether the page is HTML, and so goes through link checking and the other post-processing. */
    public boolean html() {
        return url.endsWith("/") || url.endsWith(".html");
    }
}
