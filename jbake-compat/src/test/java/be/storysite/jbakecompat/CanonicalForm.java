package be.storysite.jbakecompat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * The canonical form of an output file: the lines two output trees are compared on. The normalisation is
 * deliberately minimal; everything it forgives is listed here.
 *
 * <ul>
 *   <li>HTML ({@code .html}, {@code .htm}): parsed with Jsoup's HTML parser, then one line per node, indented by
 *       depth. Forgiven: the source formatting of tags (attribute order, quoting, {@code <br>} vs {@code <br />},
 *       implied {@code <tbody>} and the like, which the parser adds either way), character references that mean
 *       the same character, whitespace-only text nodes (JBake's and storysite's Markdown renderers put different
 *       line breaks between block elements), and runs of whitespace inside a text node (one space), except in
 *       {@code pre} and {@code textarea}. Text is otherwise kept exactly, quoted so spaces show.</li>
 *   <li>XML ({@code .xml}): the same with Jsoup's XML parser, and the build timestamp ignored: the text of RSS's
 *       {@code lastBuildDate} and of Atom's feed-level {@code updated}. Nothing else in a feed or sitemap is
 *       forgiven: item dates come from the content.</li>
 *   <li>Any other file: compared exactly, as its lines when it is UTF-8 text, else as its size and SHA-256.</li>
 * </ul>
 *
 * <pre>{@code
 * CanonicalForm.of("a.html", "<p class=x  id=y>Hi\n  there</p>".getBytes(UTF_8));
 * // [<!DOCTYPE-less> ... "<p class=\"x\" id=\"y\">", "  #text \"Hi there\"", ...]
 * }</pre>
 */
public final class CanonicalForm {

    /** Feed elements whose text is the time of the build, not of the content. */
    private static final Set<String> BUILD_TIMESTAMP_ELEMENTS = Set.of("lastBuildDate");
    private static final String IGNORED = "#text (build timestamp, ignored)";
    private static final Set<String> PREFORMATTED = Set.of("pre", "textarea");

    private CanonicalForm() {
    }

    /** The canonical lines of the file at {@code path} (relative; its extension picks the form) with these bytes. */
    public static List<String> of(String path, byte[] bytes) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return html(new String(bytes, StandardCharsets.UTF_8));
        }
        if (name.endsWith(".xml")) {
            return xml(new String(bytes, StandardCharsets.UTF_8));
        }
        return exact(bytes);
    }

    /** HTML parsed with Jsoup, one line per node. */
    public static List<String> html(String html) {
        return lines(Jsoup.parse(html), false);
    }

    /** XML parsed with Jsoup's XML parser, one line per node, the build timestamp ignored. */
    public static List<String> xml(String xml) {
        return lines(Jsoup.parse(xml, "", Parser.xmlParser()), true);
    }

    private static List<String> exact(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.lines().toList();
        } catch (CharacterCodingException binary) {
            return List.of("(binary) " + bytes.length + " bytes, sha256 " + sha256(bytes));
        }
    }

    private static List<String> lines(Document document, boolean xml) {
        List<String> lines = new ArrayList<>();
        for (Node child : document.childNodes()) {
            append(child, 0, xml, lines);
        }
        return lines;
    }

    private static void append(Node node, int depth, boolean xml, List<String> lines) {
        String indent = "  ".repeat(depth);
        if (node instanceof TextNode text) {
            if (!text.isBlank()) {
                lines.add(indent + "#text " + quote(preformatted(text) ? text.getWholeText() : collapse(text.getWholeText())));
            }
        } else if (node instanceof DataNode data) {
            if (!data.getWholeData().isBlank()) {
                lines.add(indent + "#data " + quote(collapse(data.getWholeData())));
            }
        } else if (node instanceof Comment comment) {
            lines.add(indent + "#comment " + quote(collapse(comment.getData())));
        } else if (node instanceof DocumentType doctype) {
            lines.add(indent + "<!DOCTYPE " + doctype.name() + ">");
        } else if (node instanceof XmlDeclaration declaration) {
            lines.add(indent + "<?" + declaration.name() + attributes(node) + "?>");
        } else if (node instanceof Element element) {
            lines.add(indent + "<" + element.tagName() + attributes(element) + ">");
            if (xml && isBuildTimestamp(element)) {
                lines.add(indent + "  " + IGNORED);
                return;
            }
            for (Node child : element.childNodes()) {
                append(child, depth + 1, xml, lines);
            }
        }
    }

    private static boolean isBuildTimestamp(Element element) {
        if (BUILD_TIMESTAMP_ELEMENTS.contains(element.tagName())) {
            return true;
        }
        Element parent = element.parent();
        return element.tagName().equals("updated") && parent != null && parent.tagName().equals("feed")
                && parent.parent() instanceof Document;
    }

    private static String attributes(Node node) {
        return node.attributes().asList().stream()
                .map(attribute -> " " + attribute.getKey() + "=" + quote(attribute.getValue()))
                .sorted()
                .collect(Collectors.joining());
    }

    private static boolean preformatted(TextNode text) {
        for (Node ancestor = text.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor instanceof Element element && PREFORMATTED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
