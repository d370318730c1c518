package be.storysite.preview;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.BuildResult;
import be.storysite.generator.pipeline.BuildListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code storysite serve} on a copy of the example site: a save rebuilds the site and reloads the open tab. */
class LivePreviewTest {

    private static final Path EXAMPLE = Path.of("..").toAbsolutePath().normalize();
    private static final String STORY = "content/stories/lindebeek-thuiswerk.md";
    private static final String STORY_URL = "/klantverhalen/lindebeek-thuiswerk/";
    /** Builds of the example site take seconds on a loaded machine; the wait is for that, not a speed test. */
    private static final Duration REBUILD = Duration.ofSeconds(90);

    @TempDir
    Path site;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<BuildResult> builds = new CopyOnWriteArrayList<>();
    private Preview preview;
    private EventStreamClient tab;

    @BeforeEach
    void serveACopyOfTheExampleSite() throws Exception {
        for (String part : List.of("site.yaml", "content", "templates", "assets", "contact-forms")) {
            copy(EXAMPLE.resolve(part), site.resolve(part));
        }
        preview = Preview.start(PreviewOptions.of(site, 0), BuildListener.NONE, builds::add);
        assertThat(preview.firstBuild().errors()).isEmpty();
        tab = new EventStreamClient(http, preview.uri());
        assertThat(tab.await("hello", Duration.ofSeconds(10)).data()).isEqualTo("1");
    }

    @AfterEach
    void stop() throws Exception {
        if (tab != null) {
            tab.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void savingAStoryRebuildsItsPageAndReloadsTheTab() throws Exception {
        HttpResponse<String> before = get(STORY_URL);
        assertThat(before.body()).contains("Lindebeek werkte in maart 2020 binnen vier dagen van thuis uit")
                .contains("data-storysite-build=\"1\"").contains("new EventSource('/_dev/events')");
        // the reload script is added on the way out, never written into the built site
        assertThat(Files.readString(site.resolve("target/preview/klantverhalen/lindebeek-thuiswerk/index.html")))
                .doesNotContain("EventSource");

        edit(STORY, "binnen vier dagen van thuis uit\"", "binnen drie dagen van thuis uit\"");

        assertThat(tab.await("reload", REBUILD).data()).isEqualTo("2");
        HttpResponse<String> after = get(STORY_URL);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Lindebeek werkte in maart 2020 binnen drie dagen van thuis uit")
                .contains("data-storysite-build=\"2\"");
        assertThat(builds).hasSize(2);
    }

    @Test
    void aFrontMatterErrorShowsTheStoryAsADraftListingItAndEveryOtherPageKeepsWorking() throws Exception {
        edit(STORY, "customer_type: gemeente", "customer_type: \"<b>bakkerij</b>\"");

        tab.await("reload", REBUILD);
        HttpResponse<String> draft = get(STORY_URL);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("class=\"preview-banner\"")
                .contains(STORY + ":5:")
                .contains("&#39;customer_type&#39; must be one of gemeente, ocmw")
                .contains("&lt;b&gt;bakkerij&lt;/b&gt;").doesNotContain("<b>bakkerij")
                .contains("new EventSource('/_dev/events')");
        assertThat(get("/diensten/").statusCode()).isEqualTo(200);
        assertThat(get("/klantverhalen/").statusCode()).isEqualTo(200);
        assertThat(preview.lastBuild().ok()).isTrue();
        assertThat(preview.lastBuild().shownOnPages()).hasSize(1);

        edit(STORY, "customer_type: \"<b>bakkerij</b>\"", "customer_type: ocmw");

        tab.await("reload", REBUILD);
        HttpResponse<String> fixed = get(STORY_URL);
        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(fixed.body()).contains("Lindebeek werkte in maart 2020").doesNotContain("bakkerij")
                .doesNotContain("class=\"preview-banner\"");
        assertThat(preview.lastBuild().shownOnPages()).isEmpty();
    }

    @Test
    void aTemplateErrorShowsTheErrorPageInTheSitesLanguageUntilTheNextGoodSave() throws Exception {
        edit("templates/story.ftlh", "</@layout.document>", "${geen_variabele}</@layout.document>");

        tab.await("reload", REBUILD);
        HttpResponse<String> broken = get(STORY_URL);
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(broken.body()).contains("<html lang=\"nl\">").contains("<title>De site bouwt niet: ")
                .contains("<code>templates/story.ftlh:").contains("geen_variabele")
                .contains("Verbeter de fouten hieronder").contains("new EventSource('/_dev/events')");
        // any page shows the errors; other files of the last good build are still served
        assertThat(get("/diensten/").statusCode()).isEqualTo(500);
        assertThat(get("/robots.txt").statusCode()).isEqualTo(200);
        assertThat(preview.lastBuild().ok()).isFalse();

        edit("templates/story.ftlh", "${geen_variabele}</@layout.document>", "</@layout.document>");

        tab.await("reload", REBUILD);
        assertThat(get(STORY_URL).statusCode()).isEqualTo(200);
    }

    @Test
    void anOpenBrowserTabReloadsItselfShowsTheErrorsAndRecovers() throws Exception {
        ChromeDriver browser = HeadlessChromium.start(site.resolve("chromium-profile"));
        try {
            browser.get(preview.uri().resolve(STORY_URL).toString());
            assertThat(browser.getTitle()).startsWith("Lindebeek werkte in maart 2020 binnen vier dagen");
            browser.executeScript("window.notReloaded = true;"); // gone once the tab reloads

            edit(STORY, "binnen vier dagen van thuis uit\"", "binnen drie dagen van thuis uit\"");
            awaitTitle(browser, "Lindebeek werkte in maart 2020 binnen drie dagen");
            assertThat(browser.executeScript("return window.notReloaded === true;")).isEqualTo(false);

            edit(STORY, "customer_type: gemeente", "customer_type: bakkerij");
            new WebDriverWait(browser, REBUILD).until(b -> !b.findElements(By.cssSelector(".preview-banner li")).isEmpty());
            assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText())
                    .contains(STORY + ":5:").contains("'customer_type' must be one of");

            edit("templates/story.ftlh", "</@layout.document>", "${geen_variabele}</@layout.document>");
            awaitTitle(browser, "De site bouwt niet: ");
            assertThat(browser.findElement(By.cssSelector(".errors li")).getText()).contains("templates/story.ftlh:");

            edit("templates/story.ftlh", "${geen_variabele}</@layout.document>", "</@layout.document>");
            edit(STORY, "customer_type: bakkerij", "customer_type: gemeente");
            new WebDriverWait(browser, REBUILD).until(b -> b.getTitle().startsWith("Lindebeek werkte in maart 2020 "
                    + "binnen drie dagen") && b.findElements(By.cssSelector(".preview-banner")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    private static void awaitTitle(ChromeDriver browser, String start) {
        new WebDriverWait(browser, REBUILD).until(b -> b.getTitle().startsWith(start));
    }

    @Test
    void aNewContactFormIsTakenByTheLeadServiceAfterTheRebuild() throws Exception {
        assertThat(postEmpty("/leads/offerte").statusCode()).isEqualTo(404);

        Files.copy(site.resolve("contact-forms/contact.yaml"), site.resolve("contact-forms/offerte.yaml"));

        tab.await("reload", REBUILD);
        assertThat(preview.lastBuild().errors()).isEmpty();
        // the new lead service knows the form: the empty submission is now refused for its fields, not its name
        HttpResponse<String> answer = postEmpty("/leads/offerte");
        assertThat(answer.statusCode()).as(answer.body()).isNotIn(404, 403);
    }

    private HttpResponse<String> postEmpty(String path) throws Exception {
        URI uri = preview.uri().resolve(path);
        String origin = "http://127.0.0.1:" + uri.getPort();
        return http.send(HttpRequest.newBuilder(uri).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = preview.uri().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.copy(from, to);
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}
