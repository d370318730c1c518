package be.storysite.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void aBlockquoteEndingInAnEmDashLineIsAFigureWithItsAttribution() {
        assertThat(markdown.render("> Binnen drie dagen werkte iedereen thuis.\n> Echt.\n> — Sofie Verlinden, *ICT*\n"))
                .isEqualTo("<figure class=\"quote\">\n<blockquote>\n<p>Binnen drie dagen werkte iedereen thuis.\nEcht.</p>\n"
                        + "</blockquote>\n<figcaption>Sofie Verlinden, <em>ICT</em></figcaption></figure>\n");
    }

    @Test
    void twoHyphensMarkAnAttributionToo_evenInItsOwnParagraph() {
        assertThat(markdown.render("> Citaat\n>\n> -- Jan, burgemeester\n"))
                .isEqualTo("<figure class=\"quote\">\n<blockquote>\n<p>Citaat</p>\n</blockquote>\n"
                        + "<figcaption>Jan, burgemeester</figcaption></figure>\n");
    }

    @Test
    void otherBlockquotesStayBlockquotes() {
        assertThat(markdown.render("> Een citaat -- met een streepje.\n"))
                .isEqualTo("<blockquote>\n<p>Een citaat &ndash; met een streepje.</p>\n</blockquote>\n");
        assertThat(markdown.render("> —\n")).doesNotContain("figure");
    }

    @Test
    void typographyFitsDutch() {
        assertThat(markdown.render("Ze zei \"dank je\". 's Avonds reden de auto's naar 't stadhuis."))
                .isEqualTo("<p>Ze zei &ldquo;dank je&rdquo;. &rsquo;s Avonds reden de auto&rsquo;s naar "
                        + "&rsquo;t stadhuis.</p>\n");
    }

    @Test
    void gfmTablesStrikethroughAutolinksFootnotesAttributesAndHeadingIds() {
        String html = markdown.render("## Aanpak en resultaat\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + "~~oud~~ www.vicinia.be[^1]\n\nIntro {.lead #start}\n\n[^1]: Voetnoot.\n");
        assertThat(html).contains("<h2 id=\"aanpak-en-resultaat\">Aanpak en resultaat</h2>",
                "<table>", "<td>1</td>", "<del>oud</del>", "<a href=\"http://www.vicinia.be\">www.vicinia.be</a>",
                "<p class=\"lead\" id=\"start\">Intro</p>", "<li id=\"fn-1\">");
    }

    @Test
    void aTableScrollsInItsOwnFocusableNamedRegion_namedByTheHeadingBeforeIt_elseItsColumnHeaders() {
        String afterHeading = markdown.render("## Wat \"u\" krijgt & kost\n\n| Onderdeel | Inbegrepen |\n|---|---|\n| SOC | 24/7 |\n");
        assertThat(afterHeading).contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" "
                + "aria-label=\"Wat u krijgt &amp; kost\">\n<table>").contains("<td>24/7</td>").endsWith("</table>\n</div>\n");
        String alone = markdown.render("Tekst.\n\n| Onderdeel | Inbegrepen |\n|---|---|\n| SOC | 24/7 |\n");
        assertThat(alone).contains("aria-label=\"Onderdeel, Inbegrepen\">\n<table>");
        assertThat(markdown.render("| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n").split("class=\"table-scroll\"", -1))
                .as("every table").hasSize(3);
    }

    @Test
    void autolinksInEveryKindOfBlockThatHoldsOne() {
        assertThat(markdown.render("Zie www.vicinia.be of ftp://files.vicinia.be of jan@vicinia.be."))
                .contains("<a href=\"http://www.vicinia.be\">", "<a href=\"ftp://files.vicinia.be\">",
                        "<a href=\"mailto:jan@vicinia.be\">");
        String html = markdown.render("Geen link hier: 10.5 % en 3 dagen.\n\n- punt met https://vicinia.be/a\n\n"
                + "| a |\n|---|\n| *zie* www.vicinia.be |\n\n> Mail **jan@vicinia.be**\n");
        assertThat(html).contains("<p>Geen link hier: 10.5 % en 3 dagen.</p>",
                "<a href=\"https://vicinia.be/a\">", "<a href=\"http://www.vicinia.be\">",
                "<a href=\"mailto:jan@vicinia.be\">");
    }

    @Test
    void linksExactlyWhereFlexmarksOwnAutolinkExtensionLinks() {
        List<String> inputs = List.of("Zie https://vicinia.be/a_b--c en 'www.vicinia.be'.",
                "Mail jan.o'brien@vicinia.be of \"info@vicinia.be\" -- nu.", "Entiteit jan&#64;vicinia.be en &amp; www.x.be",
                "Code `https://niet.be` en [link](https://wel.be) en <https://hoek.be>.",
                "# Kop met www.vicinia.be\n\n1. lijst ftp://f.be\n\n    ingesprongen https://code.be\n",
                "Geen link: 10.5 % ... en 3 dagen; a:b / c//d.");
        for (String input : inputs) {
            assertThat(render(input, AutolinkWhereNeeded.create())).as(input)
                    .isEqualTo(render(input, AutolinkExtension.create()));
        }
    }

    private static String render(String markdown, Extension autolinks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(autolinks, TypographicExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void onlyBlocksWithATriggerAreScannedForAutolinks() {
        assertThat(AutolinkWhereNeeded.mayHoldAutolink("Geen link hier: 10.5 % en 3 dagen.")).isFalse();
        assertThat(AutolinkWhereNeeded.mayHoldAutolink("Zie https://vicinia.be")).isTrue();
        assertThat(AutolinkWhereNeeded.mayHoldAutolink("Zie WWW.vicinia.be")).isTrue();
        assertThat(AutolinkWhereNeeded.mayHoldAutolink("Mail info@vicinia.be")).isTrue();
        assertThat(AutolinkWhereNeeded.mayHoldAutolink("Mail info&#64;vicinia.be")).isTrue();
    }
}
