package be.storysite.generator.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of a paginated list, for templates: {@code pager.items}, {@code pager.next}, {@code pager.pages}.
 *
 * <p>{@code pages} holds the first page, the last page and a window of {@link #WINDOW} pages either side of the
 * current one, with a gap ({@code gap} true, no link) where pages are left out: {@code 1 … 4 5 [6] 7 8 … 40}.
 * Listing every page number made each list page grow with the number of stories, so the whole site grew with
 * its square; this way a pager has at most nine entries.
 *
 * <pre>{@code
 * Pager pager = Pager.of(6, 40, items, n -> "/klantverhalen/pagina/" + n + "/");
 * pager.pages(); // 1, gap, 4, 5, 6 (current), 7, 8, gap, 40
 * }</pre>
 *
 * @param number this page, from 1
 * @param total how many pages the list has
 * @param items the entries on this page (content views)
 * @param previous the URL of the page before, or empty on the first
 * @param next the URL of the page after, or empty on the last
 * @param pages the numbered links to show, with gaps, in order
 */
public record Pager(int number, int total, List<Object> items, String previous, String next, List<Link> pages) {

    /** How many pages either side of the current one get a link. */
    public static final int WINDOW = 2;

    /**
     * A numbered link; {@code current} for the page being shown, {@code gap} for pages left out (then
     * {@code number} is 0 and {@code url} empty).
     */
    public record Link(int number, String url, boolean current, boolean gap) {

        static final Link GAP = new Link(0, "", false, true);
    }

    public Pager {
        items = List.copyOf(items);
        pages = List.copyOf(pages);
    }

    /** The pager of page {@code number} of {@code total}, its links made with {@code url} from a page number. */
    public static Pager of(int number, int total, List<Object> items, IntFunction<String> url) {
        return new Pager(number, total, items, number > 1 ? url.apply(number - 1) : "",
                number < total ? url.apply(number + 1) : "", links(number, total, url));
    }

    private static List<Link> links(int number, int total, IntFunction<String> url) {
        List<Link> links = new ArrayList<>();
        int low = Math.max(1, number - WINDOW);
        int high = Math.min(total, number + WINDOW);
        // a gap that would hide a single page shows that page instead: the link is no longer than the ellipsis
        if (low <= 3) {
            low = 1;
        }
        if (high >= total - 2) {
            high = total;
        }
        if (low > 1) {
            links.add(new Link(1, url.apply(1), false, false));
            links.add(Link.GAP);
        }
        for (int n = low; n <= high; n++) {
            links.add(new Link(n, url.apply(n), n == number, false));
        }
        if (high < total) {
            links.add(Link.GAP);
            links.add(new Link(total, url.apply(total), false, false));
        }
        return links;
    }

    public boolean first() {
        return number == 1;
    }

    public boolean last() {
        return number == total;
    }
}
