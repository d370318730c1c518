package be.storysite.jbakecompat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Compares two output trees file by file: the same set of relative paths, and per file the same
 * {@link CanonicalForm}. Each change inside a file is its own {@link Difference}, so that a known difference
 * explains exactly the lines it names and nothing else of that file.
 *
 * <pre>{@code
 * List<Difference> differences = TreeDiff.compare(Path.of("target/jbake/blog"), Path.of("target/storysite/blog"));
 * }</pre>
 */
public final class TreeDiff {

    private TreeDiff() {
    }

    /** Every difference of {@code actual} from {@code expected}, in path order. */
    public static List<Difference> compare(Path expected, Path actual) throws IOException {
        SortedSet<String> expectedFiles = Tree.files(expected);
        SortedSet<String> actualFiles = Tree.files(actual);
        List<Difference> differences = new ArrayList<>();
        for (String path : expectedFiles) {
            if (!actualFiles.contains(path)) {
                differences.add(Difference.missing(path));
            } else {
                differences.addAll(compareFile(path, expected.resolve(path), actual.resolve(path)));
            }
        }
        for (String path : actualFiles) {
            if (!expectedFiles.contains(path)) {
                differences.add(Difference.extra(path));
            }
        }
        differences.sort(java.util.Comparator.comparing(Difference::path));
        return differences;
    }

    private static List<Difference> compareFile(String path, Path expectedFile, Path actualFile) throws IOException {
        List<String> expected = CanonicalForm.of(path, Files.readAllBytes(expectedFile));
        List<String> actual = CanonicalForm.of(path, Files.readAllBytes(actualFile));
        List<Difference> differences = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(expected, actual).getDeltas()) {
            differences.add(new Difference(path, Difference.Kind.CONTENT,
                    delta.getSource().getLines(), delta.getTarget().getLines()));
        }
        return differences;
    }
}
