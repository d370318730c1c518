package be.storysite.generator.postprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The start tags of a rendered page, in document order, with where each tag, attribute and end tag is written,
 * found in one pass over the text without building a tree (issue 12: re-parsing every written page into a DOM
 * was a third of a build's CPU, and the post-processor needs only the tags). It reads what HTML's tokenizer reads
 * in template and flexmark output: comments, CDATA, doctype and processing instructions are passed over, attribute
 * values may be double-, single- or unquoted, {@code script}/{@code style}/{@code title}/{@code textarea} hold
 * text, not tags, void elements have no end tag. End tags close elements as the XML tree builder the
 * post-processor used before did: an end tag closes the nearest open element of its name and every element
 * opened after it; one that matches no open element is passed over.
 *
 * <pre>{@code
 * PageTags tags = PageTags.scan("<p>Zie <img src=/a.png></p>");
 * tags.elements().get(1).attribute("src").get().value();   // /a.png
 * }</pre>
 */
final class PageTags {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Set<String> TEXT_ONLY = Set.of("script", "style", "title", "textarea");
    /** As Jsoup's tree builders: an end tag looks this far down the stack of open elements, no further. */
    private static final int MAX_DEPTH = 256;

    private final String html;
    private final List<Element> elements;
    private final Set<String> ids;

    private PageTags(String html, List<Element> elements, Set<String> ids) {
        this.html = html;
        this.elements = elements;
        this.ids = ids;
    }

    /** The page's text, as scanned. */
    String html() {
        return html;
    }

    /** Every start tag, in document order. */
    List<Element> elements() {
        return elements;
    }

    /** Whether an element of the page has this {@code id} (as {@code Document.getElementById} finds it). */
    boolean hasId(String id) {
        return ids.contains(id);
    }

    /**
     * An attribute as written: its name at {@code [nameStart, nameEnd)}, its value at {@code [valueStart,
     * valueEnd)} before character references are decoded; one written without {@code =} has {@code valueStart ==
     * valueEnd == nameEnd}.
     */
    record Attribute(String html, String name, int nameStart, int nameEnd, int valueStart, int valueEnd) {

        /** The value with its character references decoded, as a DOM gives it. */
        String value() {
            String raw = html.substring(valueStart, valueEnd);
            return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
        }
    }

    /** A start tag; {@code close} is the offset of its {@code >} (the text's length when it has none). */
    static final class Element {
        private final String name;
        private final int close;
        private final List<Attribute> attributes;
        private final boolean insideAnchors;
        /** Where its end tag starts (or the end tag that closed it implicitly), -1 if none. */
        private int endTag = -1;

        Element(String name, int close, List<Attribute> attributes, boolean insideAnchors) {
            this.name = name;
            this.close = close;
            this.attributes = attributes;
            this.insideAnchors = insideAnchors;
        }

        /** Lower-case name, e.g. {@code img}. */
        String name() {
            return name;
        }

        int close() {
            return close;
        }

        /** Whether it or an element around it has {@code data-anchors}. */
        boolean insideAnchors() {
            return insideAnchors;
        }

        int endTag() {
            return endTag;
        }

        /** The first attribute of that (lower-case) name: HTML drops later duplicates. */
        java.util.Optional<Attribute> attribute(String attributeName) {
            for (Attribute a : attributes) {
                if (a.name().equals(attributeName)) {
                    return java.util.Optional.of(a);
                }
            }
            return java.util.Optional.empty();
        }

        boolean has(String attributeName) {
            for (Attribute a : attributes) {
                if (a.name().equals(attributeName)) {
                    return true;
                }
            }
            return false;
        }

        /** The attribute's decoded value, or empty when it is not there. */
        String value(String attributeName) {
            return attribute(attributeName).map(Attribute::value).orElse("");
        }
    }

    static PageTags scan(String html) {
        // A char array, not String.charAt: C1 (the launcher's compiler) keeps charAt's index check in the loop.
        char[] chars = html.toCharArray();
        int n = chars.length;
        List<Element> elements = new ArrayList<>(256);
        List<Element> open = new ArrayList<>(32);
        Set<String> ids = new HashSet<>();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = chars[lt + 1];
            if (html.startsWith("<!--", lt)) {
                i = after(html, "-->", lt + 4);
            } else if (html.startsWith("<![CDATA[", lt)) { // inline SVG or MathML
                i = after(html, "]]>", lt + 9);
            } else if (next == '!' || next == '?') {
                i = after(html, ">", lt + 1);
            } else if (next == '/' && lt + 2 < n && isLetter(chars[lt + 2])) {
                int nameEnd = nameEnd(chars, lt + 2);
                close(open, lowerName(html, lt + 2, nameEnd), lt);
                i = after(html, ">", nameEnd);
            } else if (isLetter(next)) {
                i = startTag(html, chars, lt, elements, open, ids);
            } else {
                i = lt + 1; // a '<' in text
            }
        }
        return new PageTags(html, elements, ids);
    }

    /** Reads the start tag at {@code lt}, records it, and returns where scanning goes on. */
    private static int startTag(String html, char[] chars, int lt, List<Element> elements, List<Element> open,
            Set<String> ids) {
        int n = chars.length;
        int p = nameEnd(chars, lt + 1);
        String name = lowerName(html, lt + 1, p);
        List<Attribute> attributes = new ArrayList<>(4);
        boolean selfClosing = false;
        boolean anchors = false;
        while (p < n) {
            char c = chars[p];
            if (c == '>') {
                break;
            } else if (isSpace(c)) {
                p++;
            } else if (c == '/') {
                selfClosing = p + 1 < n && chars[p + 1] == '>';
                p++;
            } else {
                int nameStart = p;
                while (p < n && !isSpace(chars[p]) && chars[p] != '=' && chars[p] != '>' && chars[p] != '/') {
                    p++;
                }
                int nameEnd = p;
                String attributeName = lowerName(html, nameStart, nameEnd);
                int valueStart = nameEnd;
                int valueEnd = nameEnd;
                int q = skipSpace(chars, p);
                if (q < n && chars[q] == '=') {
                    q = skipSpace(chars, q + 1);
                    char quote = q < n ? chars[q] : ' ';
                    if (quote == '"' || quote == '\'') {
                        valueStart = q + 1;
                        int closing = html.indexOf(quote, valueStart);
                        valueEnd = closing < 0 ? n : closing;
                        p = Math.min(n, valueEnd + 1);
                    } else {
                        valueStart = q;
                        p = q;
                        while (p < n && !isSpace(chars[p]) && chars[p] != '>') {
                            p++;
                        }
                        valueEnd = p;
                    }
                }
                Attribute attribute = new Attribute(html, attributeName, nameStart, nameEnd, valueStart, valueEnd);
                if (!hasAttribute(attributes, attributeName)) { // HTML keeps the first of duplicates
                    attributes.add(attribute);
                    if (attributeName.equals("id")) {
                        ids.add(attribute.value());
                    } else if (attributeName.equals("data-anchors")) {
                        anchors = true;
                    }
                }
                selfClosing = false;
            }
        }
        boolean inside = anchors || !open.isEmpty() && open.get(open.size() - 1).insideAnchors;
        Element element = new Element(name, Math.min(p, n), attributes, inside);
        elements.add(element);
        if (!selfClosing && !VOID.contains(name)) {
            open.add(element);
        }
        int i = Math.min(n, p + 1);
        return TEXT_ONLY.contains(name) && !selfClosing ? textEnd(html, chars, i, name) : i;
    }

    /** An end tag at {@code at}: closes the nearest open element of that name and those opened after it. */
    private static void close(List<Element> open, String name, int at) {
        int bottom = Math.max(0, open.size() - MAX_DEPTH);
        for (int k = open.size() - 1; k >= bottom; k--) {
            if (open.get(k).name.equals(name)) {
                for (int j = open.size() - 1; j >= k; j--) {
                    open.remove(j).endTag = at;
                }
                return;
            }
        }
    }

    private static boolean hasAttribute(List<Attribute> attributes, String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Where the end tag of a text-only element starts ({@code </name} then space, {@code /} or {@code >}). */
    private static int textEnd(String html, char[] chars, int from, String name) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            int after = i + 2 + name.length();
            if (html.regionMatches(true, i + 2, name, 0, name.length())
                    && (after >= chars.length || isSpace(chars[after]) || chars[after] == '/' || chars[after] == '>')) {
                return i;
            }
        }
        return chars.length;
    }

    /**
     * The lower-case name at {@code [start, end)}: a page has a few hundred tags and attributes but only a few
     * dozen distinct names, so the names templates write are shared constants, found without a substring.
     */
    private static String lowerName(String html, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + html.charAt(k);
        }
        String known = KNOWN[hash & (KNOWN.length - 1)];
        if (known != null && known.length() == end - start && html.startsWith(known, start)) {
            return known;
        }
        String name = html.substring(start, end);
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** Common tag and attribute names by their {@code hashCode}, open addressing without probing (a miss is fine). */
    private static final String[] KNOWN = known("a p li meta span div input option ul blockquote article h2 h3 h4 "
            + "label time td link abbr nav img dt dd tr script header th section title main html head h1 footer "
            + "body select figure figcaption thead tbody table form button textarea svg path style em strong "
            + "class href id name content type value property aria-label for datetime rel data-msg-too-long "
            + "data-msg-missing data-label aria-describedby aria-hidden lang tabindex maxlength autocomplete src "
            + "aria-current width height loading decoding alt data-msg-invalid hreflang aria-labelledby charset role "
            + "rows pattern method inputmode data-thank-you action required data-anchors srcset sizes");

    private static String[] known(String names) {
        String[] table = new String[512];
        for (String name : names.split(" ")) {
            int slot = name.hashCode() & (table.length - 1);
            if (table[slot] == null) {
                table[slot] = name;
            }
        }
        return table;
    }

    private static int nameEnd(char[] chars, int from) {
        int p = from;
        while (p < chars.length && !isSpace(chars[p]) && chars[p] != '/' && chars[p] != '>') {
            p++;
        }
        return p;
    }

    private static int skipSpace(char[] chars, int from) {
        int p = from;
        while (p < chars.length && isSpace(chars[p])) {
            p++;
        }
        return p;
    }

    /** HTML's white space: space, tab, line feed, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static int after(String html, String end, int from) {
        int at = html.indexOf(end, from);
        return at < 0 ? html.length() : at + end.length();
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
