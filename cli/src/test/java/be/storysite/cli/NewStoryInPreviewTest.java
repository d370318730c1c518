package be.storysite.cli;

import static be.storysite.cli.CliRun.copyExampleSite;
import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.pipeline.BuildListener;
import be.storysite.preview.Preview;
import be.storysite.preview.PreviewOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marketer's first step: with {@code serve} running, {@code storysite new story} writes a draft whose required
 * fields are still empty. The preview keeps working, shows the new story as a draft listing what is missing, and
 * renders it normally once filled in, reloading the tab each time.
 */
class NewStoryInPreviewTest {

    private static final String STORY = "content/stories/gemeente-testdorp-werkt-veilig-thuis.md";
    private static final String STORY_URL = "/klantverhalen/gemeente-testdorp-werkt-veilig-thuis/";
    private static final List<String> REQUIRED = List.of("summary", "customer", "customer_type", "person", "role",
            "quote", "services", "sector", "region");
    /** Builds of the example site take seconds on a loaded machine; the wait is for that, not a speed test. */
    private static final long REBUILD_SECONDS = 90;

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theNewStoryIsADraftListingItsMissingFieldsAndEveryOtherPageKeepsWorking() throws Exception {
        Path site = copyExampleSite(work.resolve("site"));
        try (Preview preview = Preview.start(PreviewOptions.of(site, 0), BuildListener.NONE, result -> { })) {
            BlockingQueue<String> events = reloadEvents(preview.uri());

            CliRun created = CliRun.of("new", "story", "Gemeente Testdorp werkt veilig thuis", "--source",
                    site.toString());
            assertThat(created.status()).as(created.err()).isZero();
            assertThat(events.poll(REBUILD_SECONDS, TimeUnit.SECONDS)).as("live reload").isEqualTo("reload");

            assertThat(get(preview, "/").statusCode()).as(preview.lastBuild().errors().toString()).isEqualTo(200);
            assertThat(get(preview, "/klantverhalen/").statusCode()).isEqualTo(200);
            HttpResponse<String> draft = get(preview, STORY_URL);
            assertThat(draft.statusCode()).isEqualTo(200);
            List<String> banner = Jsoup.parse(draft.body()).select(".preview-banner li").eachText();
            for (String field : REQUIRED) {
                assertThat(banner).as(field).anyMatch(line -> line.startsWith(STORY + ":")
                        && line.contains("story front matter needs a value for '" + field + "'"));
            }
            assertThat(preview.lastBuild().shownOnPages()).hasSize(REQUIRED.size());
            assertThat(preview.lastBuild().ok()).isTrue();

            Map<String, String> values = Map.of("summary", "Testdorp werkt veilig van thuis uit.", "customer",
                    "Gemeente Testdorp", "customer_type", "gemeente", "person", "Jan Peeters", "role",
                    "ICT-coördinator", "quote", "\"Het werkte meteen.\"", "services", "[cyberbeveiliging]",
                    "sector", "lokale besturen", "region", "Limburg");
            String text = Files.readString(site.resolve(STORY));
            for (Map.Entry<String, String> v : values.entrySet()) {
                text = text.replaceFirst("(?m)^" + v.getKey() + ":$", v.getKey() + ": " + v.getValue());
            }
            Files.writeString(site.resolve(STORY), text); // one save

            Document filled = awaitPage(preview, events, page -> page.select(".preview-badge-errors, "
                    + ".preview-banner li:contains(front matter)").isEmpty());
            assertThat(filled.select("h1").text()).contains("Gemeente Testdorp werkt veilig thuis");
            assertThat(filled.text()).contains("Het werkte meteen.");
            // still a draft without approval: the banner says so, and build leaves it out
            assertThat(filled.select(".preview-banner li").eachText()).containsExactly(
                    "het is een concept (status: draft)",
                    "de klant heeft de citaten nog niet goedgekeurd (geen 'approved')");
            assertThat(preview.lastBuild().shownOnPages()).isEmpty();
        }
    }

    /** The page after each reload, until {@code done} holds; at most five reloads (one save may cost two). */
    private Document awaitPage(Preview preview, BlockingQueue<String> events,
            java.util.function.Predicate<Document> done) throws Exception {
        Document page = null;
        for (int reloads = 0; reloads < 5; reloads++) {
            assertThat(events.poll(REBUILD_SECONDS, TimeUnit.SECONDS)).as("live reload").isEqualTo("reload");
            HttpResponse<String> answer = get(preview, STORY_URL);
            assertThat(answer.statusCode()).isEqualTo(200);
            page = Jsoup.parse(answer.body());
            if (done.test(page)) {
                return page;
            }
        }
        throw new AssertionError("the page never changed as expected:\n" + page);
    }

    /** The names of the server-sent events of {@code /_dev/events} after the first {@code hello}. */
    private BlockingQueue<String> reloadEvents(URI base) throws Exception {
        BlockingQueue<String> names = new LinkedBlockingQueue<>();
        BlockingQueue<String> hello = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(base.resolve("/_dev/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                    try (Stream<String> lines = response.body()) {
                        lines.filter(l -> l.startsWith("event: ")).map(l -> l.substring(7).strip())
                                .forEach(name -> (name.equals("hello") ? hello : names).add(name));
                    }
                });
        assertThat(hello.poll(10, TimeUnit.SECONDS)).as("connected").isEqualTo("hello");
        return names;
    }

    private HttpResponse<String> get(Preview preview, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(preview.uri().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
