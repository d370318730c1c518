package be.storysite.forms.load;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the word someone probably meant, for "did you mean" hints: {@code closest("manger", keys)} is
 * {@code manager}.
 *
 * <pre>{@code
 * Suggestions.closest("privacy_verison", List.of("text", "help", "privacy_version"));   // Optional[privacy_version]
 * }</pre>
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code wrong} by edit distance, when it is close enough to be a typo: at most a
     * third of the word's length, and at least one edit.
     */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, wrong.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** A hint: {@code did you mean 'x'?} when one is close, else {@code use one of: a, b, c}. */
    public static String hint(String wrong, Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return "there is nothing to choose from yet: define it first";
        }
        return closest(wrong, candidates).map(c -> "did you mean '" + c + "'?")
                .orElse("use one of: " + String.join(", ", candidates));
    }

    /**
     * Levenshtein distance, two rows. Written here rather than pulling in commons-text for one loop over short
     * configuration words.
     */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
