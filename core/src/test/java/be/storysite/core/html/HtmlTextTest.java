package be.storysite.core.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escapesTheFiveCharactersThatMatterInTextAndQuotedAttributes() {
        assertThat(HtmlText.escape("<a href='x' title=\"y\">Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void leavesOtherTextAloneAndNullIsEmpty() {
        assertThat(HtmlText.escape("Gemeente Lindebeek – café ✓")).isEqualTo("Gemeente Lindebeek – café ✓");
        assertThat(HtmlText.escape("")).isEmpty();
        assertThat(HtmlText.escape(null)).isEmpty();
        assertThat(HtmlText.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
