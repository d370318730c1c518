package be.storysite.generator.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag scan finds what a tokenizer finds, and closes elements as the XML tree builder did. */
class PageTagsTest {

    private static List<String> names(PageTags tags) {
        return tags.elements().stream().map(PageTags.Element::name).toList();
    }

    @Test
    void textOnlyElementsCommentsAndCdataHoldNoTags() {
        PageTags tags = PageTags.scan("<!-- <a> --><SCRIPT>if (a<b) x('<p>')</script ><title>a <b> c</title>"
                + "<svg><![CDATA[ <i> ]]></svg><textarea><em></textarea><?x <u>?><!DOCTYPE html><hr/>");

        assertThat(names(tags)).containsExactly("script", "title", "svg", "textarea", "hr");
    }

    @Test
    void attributesInEveryQuotingWithPlacesAndDecodedValues() {
        PageTags tags = PageTags.scan("<a HREF=/x/ title='a &amp; b' data-x=\"1\" hidden href=\"/dup/\">");
        PageTags.Element a = tags.elements().get(0);

        assertThat(a.value("href")).isEqualTo("/x/"); // the first of duplicates
        assertThat(a.value("title")).isEqualTo("a & b");
        PageTags.Attribute hidden = a.attribute("hidden").orElseThrow();
        assertThat(hidden.valueStart()).isEqualTo(hidden.nameEnd());
        assertThat(tags.html().substring(hidden.nameStart(), hidden.nameEnd())).isEqualTo("hidden");
        PageTags.Attribute title = a.attribute("title").orElseThrow();
        assertThat(tags.html().substring(title.valueStart(), title.valueEnd())).isEqualTo("a &amp; b");
        assertThat(a.close()).isEqualTo(tags.html().length() - 1);
    }

    @Test
    void endTagsCloseTheNearestOpenElementOfTheirNameAndThoseInside() {
        String html = "<div data-anchors><h2 id=a>A</h2><section><h3 id=b>B</div><h2 id=c>C</h2><p>open";
        PageTags tags = PageTags.scan(html);
        List<PageTags.Element> e = tags.elements();

        assertThat(e.get(1).endTag()).isEqualTo(html.indexOf("</h2>"));
        assertThat(e.get(3).endTag()).isEqualTo(html.indexOf("</div>")); // closed by the div's end tag
        assertThat(e.get(2).endTag()).isEqualTo(html.indexOf("</div>"));
        assertThat(e.get(1).insideAnchors()).isTrue();
        assertThat(e.get(3).insideAnchors()).isTrue();
        assertThat(e.get(4).insideAnchors()).isFalse(); // after the div closed
        assertThat(e.get(5).endTag()).isEqualTo(-1); // never closed
        assertThat(tags.hasId("b")).isTrue();
        assertThat(tags.hasId("d")).isFalse();
    }

    @Test
    void voidAndSelfClosedElementsOpenNothing() {
        String html = "<div data-anchors><img src=x><br/><span/></div><h2 id=out>x</h2>";
        PageTags tags = PageTags.scan(html);

        assertThat(tags.elements().get(0).endTag()).isEqualTo(html.indexOf("</div>"));
        assertThat(tags.elements().get(4).insideAnchors()).isFalse();
        assertThat(tags.elements().get(1).endTag()).isEqualTo(-1);
    }
}
