package be.storysite.leads.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailRendererTest {

    private static final MailContent CONTENT = new MailContent("Titel <b>", List.of("Regel 1\nRegel 2"), List.of(
            new MailContent.Section("Sectie", List.of(
                    new MailContent.Row("Adres", "https://x.be/?a=1&b=\"2\"", "https://x.be/?a=1&b=\"2\""),
                    new MailContent.Row("Kwaad", "klik", "javascript:alert(1)"),
                    MailContent.Row.of("Bericht", "een\r\ntwee"))),
            new MailContent.Section("Leeg", List.of())));

    @Test
    void escapesTheFiveHtmlCharacters() {
        assertThat(MailRenderer.escape("<a href='x'>\"&\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    }

    @Test
    void htmlLinksOnlySafeSchemesAndEscapesEverything() {
        String html = MailRenderer.html(CONTENT, "nl");
        assertThat(html).contains("<title>Titel &lt;b&gt;</title>", "<p>Regel 1<br>\nRegel 2</p>",
                "<a href=\"https://x.be/?a=1&amp;b=&quot;2&quot;\">", "<td>klik</td>", "een<br>\ntwee");
        assertThat(html).doesNotContain("javascript:", "Leeg", "<b>");
    }

    @Test
    void textIndentsMultiLineValuesAndSkipsEmptySections() {
        String text = MailRenderer.text(CONTENT);
        assertThat(text).contains("Sectie\n------\n", "Kwaad: klik\n", "Bericht:\n    een\n    twee\n")
                .doesNotContain("Leeg");
    }
}
