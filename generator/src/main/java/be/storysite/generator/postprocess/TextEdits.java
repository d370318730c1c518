package be.storysite.generator.postprocess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes to a text, made by offset into the original and applied in one copy: the post-processor edits a few
 * attributes of a page without re-serialising it. Edits at the same offset keep the order they were added in.
 *
 * <pre>{@code
 * TextEdits edits = new TextEdits();
 * edits.insert(2, " id=\"x\"");
 * edits.apply("<p>hi</p>");   // <p id="x">hi</p>
 * }</pre>
 */
public final class TextEdits {

    private record Edit(int start, int end, String text) {
    }

    private final List<Edit> edits = new ArrayList<>();

    public void insert(int at, String text) {
        edits.add(new Edit(at, at, text));
    }

    /** Replaces {@code [start, end)} of the original. */
    public void replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text));
    }

    public String apply(String original) {
        if (edits.isEmpty()) {
            return original;
        }
        edits.sort(Comparator.comparingInt(Edit::start)); // stable: same-offset inserts stay in order
        StringBuilder out = new StringBuilder(original.length() + 64 * edits.size());
        int copied = 0;
        for (Edit edit : edits) {
            out.append(original, copied, edit.start()).append(edit.text());
            copied = edit.end();
        }
        return out.append(original, copied, original.length()).toString();
    }
}
