package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageContextTest {

    @Test
    void readsTheHiddenContextAsSingleBoundedLines() {
        PageContext page = PageContext.from(Map.of(
                "lang", List.of("FR"),
                "source_title", List.of("  Titel\r\n\r\nBcc: x@example.com\u0000 "),
                "source_services", List.of("werkplek-in-de-cloud, cyberbeveiliging", "datacenter-hosting"),
                "source_kind", List.of("Story"),
                "utm_source", List.of("nieuwsbrief"),
                "utm_evil", List.of("not kept"),
                "elapsed_ms", List.of("4200")));

        assertThat(page.lang()).isEqualTo("fr");
        assertThat(page.sourceTitle()).isEqualTo("Titel Bcc: x@example.com");
        assertThat(page.sourceServices()).containsExactly("werkplek-in-de-cloud", "cyberbeveiliging",
                "datacenter-hosting");
        assertThat(page.sourceKind()).isEqualTo("story");
        assertThat(page.utm()).isEqualTo(Map.of("utm_source", "nieuwsbrief"));
        assertThat(page.elapsedMillis()).hasValue(4200L);
        assertThat(page.sourceUrl()).isEmpty();
    }

    @Test
    void anUnknownLanguageIsDutchAndAGarbledTimerCountsAsNoTimeAtAll() {
        PageContext page = PageContext.from(Map.of("lang", List.of("de"), "elapsed_ms", List.of("soon")));
        assertThat(page.lang()).isEqualTo("nl");
        assertThat(page.elapsedMillis()).isEqualTo(Optional.of(0L));
        assertThat(PageContext.from(Map.of()).elapsedMillis()).isEmpty();
    }

    @Test
    void singleLinesAreCutToTheirMaximum() {
        assertThat(PageContext.singleLine("abc\ndef", 5)).isEqualTo("abc d");
        assertThat(PageContext.singleLine("x".repeat(600), 500)).hasSize(500);
        assertThat(PageContext.singleLine(null, 5)).isEmpty();
    }
}
