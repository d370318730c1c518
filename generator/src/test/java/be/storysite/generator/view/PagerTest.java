package be.storysite.generator.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pager's window: first, last, two pages either side of the current one, gaps where pages are left out. */
class PagerTest {

    private static Pager pager(int number, int total) {
        return Pager.of(number, total, List.of(), n -> "/p/" + n + "/");
    }

    /** The numbers shown, 0 for a gap, the current one negative. */
    private static List<Integer> shown(int number, int total) {
        return pager(number, total).pages().stream()
                .map(l -> l.gap() ? 0 : l.current() ? -l.number() : l.number()).toList();
    }

    @Test
    void aLongListShowsItsEndsAndAWindow() {
        assertThat(shown(6, 40)).containsExactly(1, 0, 4, 5, -6, 7, 8, 0, 40);
        assertThat(shown(1, 40)).containsExactly(-1, 2, 3, 0, 40);
        assertThat(shown(40, 40)).containsExactly(1, 0, 38, 39, -40);
        assertThat(shown(3, 3)).containsExactly(1, 2, -3);
    }

    @Test
    void aGapHidesAtLeastTwoPages() {
        assertThat(shown(4, 40)).as("page 2 alone is shown, not hidden").containsExactly(1, 2, 3, -4, 5, 6, 0, 40);
        assertThat(shown(5, 40)).containsExactly(1, 2, 3, 4, -5, 6, 7, 0, 40);
        assertThat(shown(6, 9)).containsExactly(1, 0, 4, 5, -6, 7, 8, 9);
    }

    @Test
    void everyPagerOfEveryListKeepsTheRules() {
        for (int total = 1; total <= 60; total++) {
            for (int number = 1; number <= total; number++) {
                Pager pager = pager(number, total);
                List<Pager.Link> links = pager.pages();
                String at = number + " of " + total;
                assertThat(links).as(at).hasSizeLessThanOrEqualTo(9);
                assertThat(links.get(0).number()).as(at).isEqualTo(1);
                assertThat(links.get(links.size() - 1).number()).as(at).isEqualTo(total);
                assertThat(links.stream().filter(Pager.Link::current).map(Pager.Link::number)).as(at)
                        .containsExactly(number);
                int before = 0;
                boolean gapBefore = false;
                for (Pager.Link link : links) {
                    if (link.gap()) {
                        assertThat(gapBefore).as(at + ": two gaps in a row").isFalse();
                        assertThat(link.url()).as(at).isEmpty();
                        gapBefore = true;
                        continue;
                    }
                    int step = link.number() - before;
                    if (gapBefore) {
                        assertThat(step).as(at + ": a gap hides at least two pages").isGreaterThanOrEqualTo(3);
                    } else {
                        assertThat(step).as(at + ": after " + before).isEqualTo(1);
                    }
                    assertThat(link.url()).as(at).isEqualTo("/p/" + link.number() + "/");
                    before = link.number();
                    gapBefore = false;
                }
                List<Integer> numbers = links.stream().map(Pager.Link::number).toList();
                for (int n = Math.max(1, number - Pager.WINDOW); n <= Math.min(total, number + Pager.WINDOW); n++) {
                    assertThat(numbers).as(at + ": the window").contains(n);
                }
                assertThat(pager.previous()).as(at).isEqualTo(number > 1 ? "/p/" + (number - 1) + "/" : "");
                assertThat(pager.next()).as(at).isEqualTo(number < total ? "/p/" + (number + 1) + "/" : "");
            }
        }
    }
}
