package be.storysite.jbakecompat;

import java.util.List;

/**
 * Every intended difference between JBake 2.7.0's output and storysite's for the fixture sites, each with its
 * justification. The differential test fails on a difference not listed here and on an entry that no longer
 * explains anything, so this table stays the exact truth about storysite's JBake mode (see docs/jbake.md).
 *
 * <pre>{@code
 * KnownDifferences.unexplained("blog", differences); // the differences no entry explains
 * }</pre>
 */
public final class KnownDifferences {

    /** The table. Add an entry only with a reason a JBake user would accept. */
    public static final List<KnownDifference> ALL = List.of(
            new KnownDifference("blog", "**.html", Difference.Kind.CONTENT,
                    "#text \"Baked with JBake v2\\.7\\.0\"", "#text \"Baked with JBake .+\"",
                    "the templates print ${version}; JBake fills in its own version (v2.7.0), storysite its own:"
                            + " a page must not claim a tool that did not build it"));

    private KnownDifferences() {
    }

    /** The differences of fixture {@code site} that no entry explains. */
    public static List<Difference> unexplained(String site, List<Difference> differences) {
        return differences.stream()
                .filter(difference -> ALL.stream().noneMatch(known -> known.explains(site, difference)))
                .toList();
    }

    /** The entries for fixture {@code site} that explain none of {@code differences}: stale, to be removed. */
    public static List<KnownDifference> unused(String site, List<Difference> differences) {
        return ALL.stream()
                .filter(known -> known.site().equals(site))
                .filter(known -> differences.stream().noneMatch(difference -> known.explains(site, difference)))
                .toList();
    }
}
