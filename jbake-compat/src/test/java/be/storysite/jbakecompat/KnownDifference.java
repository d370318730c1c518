package be.storysite.jbakecompat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A difference between JBake's output and storysite's that is intended, with the reason. It explains a
 * {@link Difference} of one fixture site when the path matches, the kind is the same and, for content changes,
 * every expected line matches {@code expectedLine} and every actual line matches {@code actualLine} (regular
 * expressions over the stripped canonical lines). Anything else of the same file still has to be equal.
 *
 * <pre>{@code
 * new KnownDifference("blog", "**.html", Kind.CONTENT,
 *         "#text \"Baked with JBake v2\\.7\\.0\"", "#text \"Baked with JBake .+\"",
 *         "templates print ${version}: JBake's version in JBake, storysite's own in storysite");
 * }</pre>
 *
 * @param site          the fixture site, e.g. {@code blog}
 * @param pathGlob      glob over the file's relative path, e.g. {@code blog/**.html}
 * @param kind          the kind of difference explained
 * @param expectedLine  regular expression every expected (JBake) line of the change must match
 * @param actualLine    regular expression every actual (storysite) line of the change must match
 * @param justification why this difference is right; never blank
 */
public record KnownDifference(String site, String pathGlob, Difference.Kind kind, String expectedLine,
        String actualLine, String justification) {

    public KnownDifference {
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("a known difference of " + site + "/" + pathGlob
                    + " needs a justification: say why storysite's output is right");
        }
    }

    /** A whole file written by one side only. */
    public static KnownDifference file(String site, String pathGlob, Difference.Kind kind, String justification) {
        return new KnownDifference(site, pathGlob, kind, "", "", justification);
    }

    /** Whether this entry explains {@code difference}, found in fixture {@code fixture}. */
    public boolean explains(String fixture, Difference difference) {
        if (!site.equals(fixture) || kind != difference.kind() || !matcher().matches(Path.of(difference.path()))) {
            return false;
        }
        return kind != Difference.Kind.CONTENT
                || allMatch(difference.expected(), expectedLine) && allMatch(difference.actual(), actualLine);
    }

    private PathMatcher matcher() {
        return FileSystems.getDefault().getPathMatcher("glob:" + pathGlob);
    }

    private static boolean allMatch(List<String> lines, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return lines.stream().allMatch(line -> pattern.matcher(line.strip()).matches());
    }
}
