package be.storysite.generator.postprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Walks the tags of an HTML text in document order, with their positions, without building a tree or copying
 * the text: the post-processor checks links and edits a few attributes in place instead of parsing and
 * re-serialising every page (that was over half of the render time). It follows HTML's tokenizer where generated
 * pages need it: comments, doctype and processing instructions are skipped, attribute values may be double-,
 * single- or unquoted, and the raw text of {@code script}, {@code style}, {@code textarea} and {@code title}
 * (JSON-LD holds URLs) is not taken for tags.
 *
 * <pre>{@code
 * TagScanner.scan("<p><a href=\"/x/\">x</a></p>", new TagScanner.Visitor() {
 *     public void start(TagScanner.StartTag tag) { tag.attribute("href"); }   // Optional[/x/]
 *     public void end(String name, int at) { }
 * });
 * }</pre>
 */
public final class TagScanner {

    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

    private TagScanner() {
    }

    /** Receives the tags of a text in document order. */
    public interface Visitor {

        void start(StartTag tag);

        /** An end tag {@code </name>} that begins at offset {@code at}. */
        void end(String name, int at);
    }

    /**
     * An attribute as written: its value is {@code html[valueStart, valueEnd)} before entity decoding; an
     * attribute written without {@code =} is not {@code valued} and has the empty range just after its name.
     */
    public record Attribute(String html, String name, int valueStart, int valueEnd, boolean valued) {

        /** The value with its character references decoded, as a DOM would give it. */
        public String value() {
            String raw = html.substring(valueStart, valueEnd);
            return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
        }
    }

    /**
     * A start tag: {@code name} lower-cased, beginning at {@code start}; {@code insertAt} is just after its last
     * attribute (where a new attribute can go, before any {@code /} or {@code >}).
     */
    public record StartTag(String name, int start, int insertAt, List<Attribute> attributes, boolean selfClosing) {

        /** The first attribute of that (lower-case) name, as HTML takes the first of duplicates. */
        public java.util.Optional<Attribute> find(String attributeName) {
            for (Attribute a : attributes) {
                if (a.name().equals(attributeName)) {
                    return java.util.Optional.of(a);
                }
            }
            return java.util.Optional.empty();
        }

        public boolean has(String attributeName) {
            return find(attributeName).isPresent();
        }
    }

    public static void scan(String html, Visitor visitor) {
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                i = after(html, "-->", lt + 4);
            } else if (next == '!' || next == '?') {
                i = after(html, ">", lt + 1);
            } else if (next == '/' && lt + 2 < n && isLetter(html.charAt(lt + 2))) {
                int nameEnd = nameEnd(html, lt + 2);
                visitor.end(html.substring(lt + 2, nameEnd).toLowerCase(Locale.ROOT), lt);
                i = after(html, ">", nameEnd);
            } else if (isLetter(next)) {
                i = startTag(html, lt, visitor);
            } else {
                i = lt + 1; // a '<' in text
            }
        }
    }

    /** Reads the start tag at {@code lt}, hands it over, and returns where scanning goes on. */
    private static int startTag(String html, int lt, Visitor visitor) {
        int n = html.length();
        int p = nameEnd(html, lt + 1);
        String name = html.substring(lt + 1, p).toLowerCase(Locale.ROOT);
        List<Attribute> attributes = new ArrayList<>();
        int insertAt = p;
        boolean selfClosing = false;
        while (p < n) {
            char c = html.charAt(p);
            if (c == '>') {
                break;
            } else if (Character.isWhitespace(c)) {
                p++;
            } else if (c == '/') {
                selfClosing = p + 1 < n && html.charAt(p + 1) == '>';
                p++;
            } else {
                int nameStart = p;
                while (p < n && !Character.isWhitespace(html.charAt(p)) && "=>/".indexOf(html.charAt(p)) < 0) {
                    p++;
                }
                String attributeName = html.substring(nameStart, p).toLowerCase(Locale.ROOT);
                int q = skipSpace(html, p);
                int valueStart = p;
                int valueEnd = p;
                boolean valued = q < n && html.charAt(q) == '=';
                if (valued) {
                    q = skipSpace(html, q + 1);
                    char quote = q < n ? html.charAt(q) : ' ';
                    if (quote == '"' || quote == '\'') {
                        valueStart = q + 1;
                        int close = html.indexOf(quote, valueStart);
                        valueEnd = close < 0 ? n : close;
                        p = Math.min(n, valueEnd + 1);
                    } else {
                        valueStart = q;
                        p = q;
                        while (p < n && !Character.isWhitespace(html.charAt(p)) && html.charAt(p) != '>') {
                            p++;
                        }
                        valueEnd = p;
                    }
                }
                attributes.add(new Attribute(html, attributeName, valueStart, valueEnd, valued));
                insertAt = p;
                selfClosing = false;
            }
        }
        visitor.start(new StartTag(name, lt, insertAt, attributes, selfClosing));
        int i = Math.min(n, p + 1);
        return RAW_TEXT.contains(name) ? rawTextEnd(html, i, name) : i;
    }

    /** Where the end tag of a raw-text element starts (its content holds no tags), or the end of the text. */
    private static int rawTextEnd(String html, int from, String name) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            if (html.regionMatches(true, i + 2, name, 0, name.length())) {
                return i;
            }
        }
        return html.length();
    }

    private static int nameEnd(String html, int from) {
        int p = from;
        while (p < html.length() && !Character.isWhitespace(html.charAt(p)) && "/>".indexOf(html.charAt(p)) < 0) {
            p++;
        }
        return p;
    }

    private static int skipSpace(String html, int from) {
        int p = from;
        while (p < html.length() && Character.isWhitespace(html.charAt(p))) {
            p++;
        }
        return p;
    }

    private static int after(String html, String end, int from) {
        int at = html.indexOf(end, from);
        return at < 0 ? html.length() : at + end.length();
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
