package be.storysite.generator.render;

import java.util.List;

/**
 * One page of a paginated list, for templates: {@code pager.items}, {@code pager.next}, {@code pager.pages}.
 *
 * @param number this page, from 1
 * @param total how many pages the list has
 * @param items the entries on this page (content views)
 * @param previous the URL of the page before, or empty on the first
 * @param next the URL of the page after, or empty on the last
 * @param pages every page of the list, for numbered links
 */
public record Pager(int number, int total, List<Object> items, String previous, String next, List<Link> pages) {

    /** A numbered link; {@code current} for the page being shown. */
    public record Link(int number, String url, boolean current) {
    }

    public Pager {
        items = List.copyOf(items);
        pages = List.copyOf(pages);
    }

    public boolean first() {
        return number == 1;
    }

    public boolean last() {
        return number == total;
    }
}
