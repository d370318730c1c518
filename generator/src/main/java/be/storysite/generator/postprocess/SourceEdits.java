package be.storysite.generator.postprocess;

import be.storysite.core.html.HtmlText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Changes to a page's text at the places {@link PageTags} found its tags, applied in one pass: the page is not re-serialised from a DOM, so every byte the post-processor does not change stays as the
 * template wrote it.
 *
 * <pre>{@code
 * SourceEdits edits = new SourceEdits(html);
 * edits.setAttribute(img, "loading", "lazy");      // <img src=a.png>  ->  <img src=a.png loading="lazy">
 * String page = edits.apply();
 * }</pre>
 */
final class SourceEdits {

    private record Edit(int start, int end, String text, int order) {
    }

    private final String source;
    private final List<Edit> edits = new ArrayList<>();

    SourceEdits(String source) {
        this.source = source;
    }

    /**
     * Sets {@code name} on {@code element}: its value is replaced where the attribute is written, or the attribute
     * is added at the end of the start tag.
     */
    void setAttribute(PageTags.Element element, String name, String value) {
        Optional<PageTags.Attribute> found = element.attribute(name);
        if (found.isPresent()) {
            PageTags.Attribute written = found.get();
            int start = written.valueStart();
            int end = written.valueEnd();
            char before = start > 0 ? source.charAt(start - 1) : ' ';
            if ((before == '"' || before == '\'') && end < source.length() && source.charAt(end) == before) {
                edits.add(new Edit(start, end, HtmlText.escape(value), edits.size())); // keeps the quotes
            } else if (written.nameEnd() < start) {
                edits.add(new Edit(start, end, unquotedSafe(value) ? value : quoted(value), edits.size()));
            } else { // written without a value (`<a rel href=x>`): name="value" in place of the name
                edits.add(new Edit(written.nameStart(), written.nameEnd(), name + "=" + quoted(value),
                        edits.size()));
            }
            return;
        }
        int at = startTagEnd(element);
        edits.add(new Edit(at, at, " " + name + "=" + quoted(value), edits.size()));
    }

    /** Inserts {@code html} just before {@code element}'s end tag; nothing when it has none (an unclosed element). */
    void beforeEndTag(PageTags.Element element, String html) {
        if (element.endTag() >= 0) {
            edits.add(new Edit(element.endTag(), element.endTag(), html, edits.size()));
        }
    }

    /** The page with every edit made. */
    String apply() {
        if (edits.isEmpty()) {
            return source;
        }
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
        StringBuilder out = new StringBuilder(source.length() + 64 * edits.size());
        int at = 0;
        for (Edit edit : edits) {
            if (edit.start() < at) {
                continue; // two edits of one value: the first one set wins (never happens with one pass per page)
            }
            out.append(source, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(source, at, source.length()).toString();
    }

    /** Where new attributes go: before {@code >} or {@code />} of the start tag. */
    private int startTagEnd(PageTags.Element element) {
        int at = element.close(); // the '>'
        // `<img src="a.png" />`: before the slash; but in `<img src=a/>` the slash ends the unquoted value
        if (at > 1 && source.charAt(at - 1) == '/' && " \t\n\r\"'".indexOf(source.charAt(at - 2)) >= 0) {
            at--;
            while (Character.isWhitespace(source.charAt(at - 1))) {
                at--; // `loading />` becomes `loading width="30" />`, not `loading  width="30"/>`
            }
        }
        return at;
    }

    private static String quoted(String value) {
        return '"' + HtmlText.escape(value) + '"'; // both quotes escaped: safe inside either
    }

    /** Whether HTML allows {@code value} without quotes (it was written so, and may stay so). */
    private static boolean unquotedSafe(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (" \t\n\r\f\"'=<>`&".indexOf(value.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
