package be.storysite.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.preview.PreviewServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The browser tooling itself works: Chromium renders a page from the preview server, with and without scripts. */
class BrowserSmokeTest {

    @Test
    void chromiumRendersAServedPageAndHonoursScriptBlocking(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=nl><title>t</title>"
                + "<p id=p>zonder script</p><script>document.getElementById('p').textContent='met script'</script>");
        try (PreviewServer server = new PreviewServer(site, 0, List.of())) {
            server.start();
            try (Browser browser = Browser.start(true)) {
                browser.driver().get(server.uri().toString());
                assertThat(browser.driver().findElement(By.id("p")).getText()).isEqualTo("met script");
            }
            try (Browser browser = Browser.start(false)) {
                browser.driver().get(server.uri().toString());
                assertThat(browser.driver().findElement(By.id("p")).getText()).isEqualTo("zonder script");
            }
        }
    }
}
