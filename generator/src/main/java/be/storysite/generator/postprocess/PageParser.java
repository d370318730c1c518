package be.storysite.generator.postprocess;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Parses a page as its template wrote it, with Jsoup, keeping each element's and attribute's place in the text, so
 * that the post-processor can edit the page where it must and leave every other byte as written.
 *
 * <p>Why Jsoup's XML tree builder and not its HTML5 one: the pages are our templates' and flexmark's output, not
 * tag soup from the web, so the HTML5 algorithm's repairs (implied {@code <tbody>}, foster parenting, reopened
 * formatting elements) have nothing to repair, while they cost half the parse (measured on story pages). The
 * tokeniser is the same; the tag set below tells it what HTML needs beyond XML: void elements have no end tag,
 * {@code <script>}/{@code <style>} hold raw text, {@code <title>}/{@code <textarea>} text without tags.
 * Names are lower-cased as in HTML.
 *
 * <pre>{@code
 * Document page = PageParser.parse("<p>Zie <img src=/a.png></p>");
 * page.selectFirst("img").sourceRange().start().pos();   // 7
 * }</pre>
 */
final class PageParser {

    private static final String VOID = "area base br col embed hr img input link meta source track wbr";

    private PageParser() {
    }

    /** The page's elements, each with its source range ({@code Element.sourceRange()}). */
    static Document parse(String html) {
        // A new parser and tag set per page: both are mutable (the tag set learns unknown tags), pages render in
        // parallel, and making them costs little next to the parse.
        Parser parser = Parser.xmlParser().settings(ParseSettings.htmlDefault).tagSet(htmlTags())
                .setTrackPosition(true);
        return Jsoup.parse(html, "", parser);
    }

    private static TagSet htmlTags() {
        TagSet tags = new TagSet();
        String ns = Parser.NamespaceXml; // the XML tree builder's namespace for names without a prefix
        for (String name : VOID.split(" ")) {
            tags.add(new Tag(name, ns).set(Tag.Void));
        }
        tags.add(new Tag("script", ns).set(Tag.Data));
        tags.add(new Tag("style", ns).set(Tag.Data));
        tags.add(new Tag("title", ns).set(Tag.RcData));
        tags.add(new Tag("textarea", ns).set(Tag.RcData));
        return tags;
    }
}
