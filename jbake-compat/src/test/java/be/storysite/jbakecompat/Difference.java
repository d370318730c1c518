package be.storysite.jbakecompat;

import java.util.List;

/**
 * One difference between an expected output tree (JBake's) and an actual one (storysite's).
 *
 * <p>For {@link Kind#CONTENT} the lines are one change of the file's canonical form (see {@link CanonicalForm}):
 * the expected lines that were replaced or removed and the actual lines that replaced them or were added; a file
 * with several changes gives several differences.
 *
 * <pre>{@code
 * new Difference("index.html", Kind.CONTENT, List.of("#text Baked with JBake v2.7.0"), List.of("#text Baked with storysite"));
 * }</pre>
 *
 * @param path     the file's path relative to both roots, {@code /}-separated
 * @param kind     what differs
 * @param expected expected canonical lines of the change (empty for {@link Kind#MISSING} and {@link Kind#EXTRA})
 * @param actual   actual canonical lines of the change
 */
public record Difference(String path, Kind kind, List<String> expected, List<String> actual) {

    /** What differs. */
    public enum Kind {
        /** JBake wrote the file, storysite did not. */
        MISSING,
        /** storysite wrote a file JBake did not. */
        EXTRA,
        /** Both wrote the file; its canonical content differs. */
        CONTENT
    }

    public Difference {
        expected = List.copyOf(expected);
        actual = List.copyOf(actual);
    }

    static Difference missing(String path) {
        return new Difference(path, Kind.MISSING, List.of(), List.of());
    }

    static Difference extra(String path) {
        return new Difference(path, Kind.EXTRA, List.of(), List.of());
    }

    @Override
    public String toString() {
        if (kind != Kind.CONTENT) {
            return path + ": " + (kind == Kind.MISSING ? "written by JBake only" : "written by storysite only");
        }
        StringBuilder text = new StringBuilder(path).append(": content differs");
        expected.forEach(line -> text.append("\n  - ").append(line));
        actual.forEach(line -> text.append("\n  + ").append(line));
        return text.toString();
    }
}
