package be.storysite.generator.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;
import org.junit.jupiter.api.Test;

/**
 * {@link PageTags} reads what the Jsoup parse it replaced read (the XML tree builder with an HTML tag set and source
 * positions): on seeded random pages made of the shapes templates and flexmark write, the same elements in the
 * same order, the same attribute values, and the same place for each end tag (but see {@link #textOnly}).
 */
class PageTagsAgainstJsoupTest {

    private static final String[] NAMES = {"div", "p", "a", "img", "h2", "h3", "span", "br", "ul", "li", "script",
        "title", "section", "input", "TABLE", "td"};
    private static final String[] ATTRIBUTES = {"href", "src", "id", "class", "rel", "data-anchors", "alt", "HIDDEN"};
    private static final String[] VALUES = {"/x/", "https://e.be/a?b=1&amp;c=2", "#top", "a b", "", "&lt;é&gt;",
        "x/", "Zo'n"};

    @Test
    void readsTheSameElementsAttributesAndEndTagsAsJsoup() {
        Random random = new Random(20261203);
        for (int page = 0; page < 400; page++) {
            String html = randomPage(random);
            assertThat(scanned(html)).as(html).isEqualTo(jsoup(html));
        }
    }

    /** One line per element: name, attributes with decoded values, where its end tag starts (-1: none). */
    private static List<String> scanned(String html) {
        List<String> lines = new ArrayList<>();
        for (PageTags.Element e : PageTags.scan(html).elements()) {
            StringBuilder line = new StringBuilder(e.name());
            for (String name : ATTRIBUTES) {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                e.attribute(lower).ifPresent(a -> line.append(' ').append(lower).append("=[").append(a.value())
                        .append(']'));
            }
            lines.add(line.append(" end ").append(textOnly(e.name()) ? "-" : e.endTag()).toString());
        }
        return lines;
    }

    private static List<String> jsoup(String html) {
        TagSet tags = new TagSet();
        for (String name : "area base br col embed hr img input link meta source track wbr".split(" ")) {
            tags.add(new Tag(name, Parser.NamespaceXml).set(Tag.Void));
        }
        tags.add(new Tag("script", Parser.NamespaceXml).set(Tag.Data));
        tags.add(new Tag("title", Parser.NamespaceXml).set(Tag.RcData));
        Document doc = Jsoup.parse(html, "", Parser.xmlParser().settings(ParseSettings.htmlDefault).tagSet(tags)
                .setTrackPosition(true));
        List<String> lines = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e == doc) {
                continue;
            }
            StringBuilder line = new StringBuilder(e.normalName());
            for (String name : ATTRIBUTES) {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                for (Attribute a : e.attributes()) {
                    if (a.getKey().equals(lower)) {
                        line.append(' ').append(lower).append("=[").append(a.getValue()).append(']');
                    }
                }
            }
            // an element closed by its own end tag or another's: where that end tag starts (Jsoup gives a
            // self-closed one, <li/>, an end at its own start: it has no end tag to insert before)
            boolean closed = e.endSourceRange().isTracked() && !e.endSourceRange().equals(e.sourceRange())
                    && e.endSourceRange().start().pos() >= e.sourceRange().end().pos()
                    && e.endSourceRange().start().pos() < html.length();
            lines.add(line.append(" end ").append(textOnly(e.normalName()) ? "-"
                    : closed ? e.endSourceRange().start().pos() : -1).toString());
        }
        return lines;
    }

    /**
     * Jsoup places the end of a {@code script} or {@code title} where its text starts, not at its end tag; the
     * post-processor inserts only into headings, so only the elements' places are compared there.
     */
    private static boolean textOnly(String name) {
        return name.equals("script") || name.equals("title");
    }

    private static String randomPage(Random random) {
        StringBuilder html = new StringBuilder();
        List<String> open = new ArrayList<>();
        int parts = 5 + random.nextInt(25);
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                String name = NAMES[random.nextInt(NAMES.length)];
                html.append('<').append(name);
                for (int a = random.nextInt(4); a > 0; a--) {
                    html.append(' ').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
                    String value = VALUES[random.nextInt(VALUES.length)];
                    switch (random.nextInt(4)) {
                        case 0 -> html.append("=\"").append(value).append('"');
                        case 1 -> html.append("='").append(value.replace("'", "")).append('\'');
                        case 2 -> html.append('=').append(value.isEmpty() || value.contains(" ") ? "v" : value);
                        default -> { } // no value
                    }
                }
                html.append(random.nextInt(8) == 0 ? "/>" : ">");
                if (name.equals("script") || name.equals("title")) {
                    html.append("if (a<b) x('<p id=no>')</").append(name).append('>');
                } else {
                    open.add(name);
                }
            } else if (kind < 8 && !open.isEmpty()) {
                html.append("</").append(open.remove(random.nextInt(open.size()))).append('>');
            } else if (kind == 8) {
                html.append(random.nextBoolean() ? "<!-- <a href=/c/> -->" : "tekst & meer");
            } else {
                html.append("Zie ").append(random.nextBoolean() ? "a < b" : "<![CDATA[ <i> ]]>");
            }
        }
        return html.toString();
    }
}
