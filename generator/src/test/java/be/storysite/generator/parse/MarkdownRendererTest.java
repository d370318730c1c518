package be.storysite.generator.parse;

import static org.assertj.core.api.Assertions.assertThat;

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
    void textWithoutAnyAutolinkTriggerRendersAsWithAutolinks() {
        assertThat(MarkdownRenderer.mayHoldAutolink("Geen link hier: 10.5 % en 3 dagen.")).isFalse();
        assertThat(MarkdownRenderer.mayHoldAutolink("Zie https://vicinia.be")).isTrue();
        assertThat(MarkdownRenderer.mayHoldAutolink("Zie WWW.vicinia.be")).isTrue();
        assertThat(MarkdownRenderer.mayHoldAutolink("Mail info@vicinia.be")).isTrue();
        assertThat(markdown.render("Zie www.vicinia.be of ftp://files.vicinia.be of jan@vicinia.be."))
                .contains("<a href=\"http://www.vicinia.be\">", "<a href=\"ftp://files.vicinia.be\">",
                        "<a href=\"mailto:jan@vicinia.be\">");
    }
}
