package be.storysite.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.generator.search.SearchIndex;
import be.storysite.generator.search.SearchLanguage;
import be.storysite.generator.search.TextAnalyzer;
import be.storysite.preview.PreviewServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10, acceptance 2: on the story list, typing a query and choosing two filters shows exactly the stories
 * that hold the query's word (in any of its forms) and have both filter values, in Dutch and French, on the example
 * site and on a site with 1,000 synthetic stories per language (built once for the class). The bytes the first
 * search loads are printed and, at 1,000 stories, stay under 100 KB. The browser stems a word as the build does.
 */
class SearchInBrowserTest {

    private static Path work;
    private static PreviewServer example;
    private static PreviewServer large;

    @BeforeAll
    static void buildBothSites() throws Exception {
        work = Files.createTempDirectory("storysite-search");
        Path synthetic = work.resolve("synthetic");
        SyntheticSite.write(synthetic, 1000);
        example = serve(ExampleSitePreview.SITE, work.resolve("example-site"));
        large = serve(synthetic, work.resolve("synthetic-site"));
    }

    private static PreviewServer serve(Path source, Path output) throws Exception {
        BuildResult result = new SiteGenerator().build(BuildOptions.of(source, output), BuildListener.NONE);
        assertThat(result.errors()).isEmpty();
        PreviewServer server = new PreviewServer(output, 0, List.of());
        server.start();
        return server;
    }

    @AfterAll
    static void stop() throws Exception {
        for (PreviewServer server : new PreviewServer[] {example, large}) {
            if (server != null) {
                server.close();
            }
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The expectation comes from the sources: stories whose file has the word and both front matter values. */
    @ParameterizedTest(name = "example site, {0}: \"{2}\" + {3} + {4}")
    @CsvSource({
        "nl, /klantverhalen/, cloud, lokale besturen, Oost-Vlaanderen, '(?iu)\\bcloud'",
        "nl, /klantverhalen/, thuiswerken, lokale besturen, Vlaams-Brabant, '(?iu)\\bthuiswerk'",
        "fr, /fr/temoignages/, sécurité, pouvoirs locaux, Flandre orientale, '(?iu)\\bsécurité'"})
    void exampleSite(String lang, String list, String query, String sector, String region, String word)
            throws Exception {
        Set<String> expected = new TreeSet<>();
        Path output = work.resolve("example-site");
        try (Stream<Path> files = Files.list(ExampleSitePreview.SITE.resolve("content/stories"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean french = name.endsWith(".fr.md");
                if (!(lang.equals("fr") ? french : !name.matches(".*\\.[a-z]{2}\\.md"))) {
                    continue;
                }
                String url = list + name.replaceAll("(\\.[a-z]{2})?\\.md$", "") + "/";
                String text = Files.readString(file);
                if (Files.exists(output.resolve(url.substring(1) + "index.html"))
                        && Pattern.compile(word).matcher(text).find()
                        && field(text, "sector").equalsIgnoreCase(sector)
                        && field(text, "region").equalsIgnoreCase(region)) {
                    expected.add(url);
                }
            }
        }
        assertThat(expected).as("the example site has a story for this case").isNotEmpty();
        assertThat(search(example, list, query, sector, region).urls()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "1,000 stories, {0}")
    @CsvSource({"nl, /klantverhalen/, thuiswerk", "fr, /fr/temoignages/, collaborateur"})
    void thousandStories(String lang, String list, String query) throws Exception {
        boolean dutch = lang.equals("nl");
        int sector = 1;
        int region = 2;
        Set<String> expected = IntStream.range(0, 1000).filter(i -> i % 3 == 0 && i % 4 == sector && i % 5 == region)
                .mapToObj(i -> list + "synth-" + i + "/").collect(Collectors.toCollection(TreeSet::new));
        Found found = search(large, list, query, (dutch ? SyntheticSite.NL_SECTORS : SyntheticSite.FR_SECTORS)[sector],
                (dutch ? SyntheticSite.NL_REGIONS : SyntheticSite.FR_REGIONS)[region]);
        assertThat(found.urls()).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        System.out.printf("first search, %s, 1,000 stories: %,d bytes in %d files (%s)%n", lang, found.firstBytes(),
                found.files().size(), found.files());
        assertThat(found.firstBytes()).isPositive().isLessThan(100_000);
    }

    /** Without JavaScript the search form takes no room and the static filter pages are still there. */
    @Test
    void withoutJavaScriptTheListKeepsItsStaticFilterPages() throws Exception {
        try (Browser browser = Browser.start(false)) {
            WebDriver page = browser.driver();
            page.get(example.uri().resolve("/klantverhalen/").toString());
            assertThat(page.findElement(By.cssSelector("form.story-search")).isDisplayed()).isFalse();
            assertThat(page.findElement(By.id("story-list")).isDisplayed()).isTrue();
            WebElement filter = page.findElement(By.cssSelector("nav.filters li a"));
            String href = filter.getDomAttribute("href");
            filter.click();
            assertThat(page.getCurrentUrl()).endsWith(href);
            assertThat(page.findElements(By.cssSelector(".card-grid li"))).isNotEmpty();
        }
    }

    /** Java (Lucene's Snowball) and the browser (Snowball's JavaScript) split and stem every word alike. */
    @Test
    void theBrowserSplitsAndStemsAsTheBuild() throws Exception {
        for (String[] lang : new String[][] {{"nl", "/klantverhalen/", ""}, {"fr", "/fr/temoignages/", ".fr"},
            {"en", "/en/stories/", ".en"}}) {
            List<String> texts = new ArrayList<>();
            try (Stream<Path> files = Files.walk(ExampleSitePreview.SITE.resolve("content"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (lang[2].isEmpty() ? !name.matches(".*\\.[a-z]{2}\\.md") : name.endsWith(lang[2] + ".md")) {
                        texts.add(Files.readString(file));
                    }
                }
            }
            texts.add(WORD_LISTS.get(lang[0]));
            Set<String> vocabulary = new LinkedHashSet<>();
            texts.forEach(t -> vocabulary.addAll(TextAnalyzer.words(t)));
            TextAnalyzer java = new TextAnalyzer(SearchLanguage.of(lang[0]));
            try (Browser browser = Browser.start(true)) {
                WebDriver page = browser.driver();
                page.get(example.uri().resolve(lang[1]).toString());
                new WebDriverWait(page, Duration.ofSeconds(30)).until(d -> ((JavascriptExecutor) d)
                        .executeScript("return !!window.storysiteSearch"));
                @SuppressWarnings("unchecked")
                List<List<String>> split = (List<List<String>>) ((JavascriptExecutor) page).executeScript(
                        "return arguments[0].map(function (t) { return window.storysiteSearch.words(t); });", texts);
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(split.get(i)).as("words of text %d in %s", i, lang[0])
                            .isEqualTo(TextAnalyzer.words(texts.get(i)));
                }
                List<String> words = new ArrayList<>(vocabulary);
                @SuppressWarnings("unchecked")
                List<String> stems = (List<String>) ((JavascriptExecutor) page).executeAsyncScript("""
                        var done = arguments[arguments.length - 1], words = arguments[0];
                        var script = document.createElement('script');
                        script.src = arguments[1];
                        script.onload = function () {
                          done(words.map(function (w) { return window.storysiteStemmer.stemWord(w); }));
                        };
                        document.head.appendChild(script);
                        """, words, "/_search/" + lang[0] + "/stemmer.js");
                List<String> expected = words.stream().map(java::stem).toList();
                assertThat(stems).as("stems of %d %s words", words.size(), lang[0]).isEqualTo(expected);
                @SuppressWarnings("unchecked")
                List<String> keys = (List<String>) ((JavascriptExecutor) page).executeScript(
                        "return arguments[0].map(function (w) { return window.storysiteSearch.key(w); });",
                        expected);
                assertThat(keys).isEqualTo(expected.stream().map(w -> SearchIndex.key(w, Integer.MAX_VALUE))
                        .toList());
                System.out.printf("%s: %d words, %d distinct stems, browser and build agree%n", lang[0],
                        words.size(), new TreeSet<>(expected).size());
            }
        }
    }

    /** Inflected forms the example site may lack: plurals, verb forms, diminutives, accents, elisions. */
    private static final Map<String, String> WORD_LISTS = Map.of(
            "nl", "thuiswerk thuiswerken thuiswerkers gemeenten gemeentelijke huisjes kinderen fietsen fietste "
                    + "beveiligde beveiliging beveiligingen ideeën geïnstalleerd coöperatie reeën opgeslagen lopend "
                    + "mogelijkheden politiezones werkplekken hoofdstedelijk Brussel één vóór",
            "fr", "télétravail télétravailler collaborateurs collaboratrices l'informatique d'abord qu'il "
                    + "sécurisées sécurité communes communales hébergement hébergés continuité façon œuvre "
                    + "aujourd'hui Liège mobilité réseaux naïve",
            "en", "working works worked municipalities municipal securely security hosting hosted networks "
                    + "connectivity continuity generously happiness relational conditional");

    private record Found(List<String> urls, long firstBytes, List<String> files) {
    }

    /**
     * Opens the list in a fresh browser (an empty cache), chooses both filters, types the query, waits for the
     * results and notes what the first search loaded from {@code /_search/}, then shows every result; the page's
     * address, opened again, shows the same search.
     */
    private static Found search(PreviewServer server, String list, String query, String sector, String region)
            throws Exception {
        try (Browser browser = Browser.start(true)) {
            WebDriver page = browser.driver();
            page.get(server.uri().resolve(list).toString());
            WebElement form = page.findElement(By.cssSelector("form.story-search"));
            assertThat(form.isDisplayed()).isTrue();
            choose(form.findElement(By.cssSelector("select[data-facet=sector]")), sector);
            choose(form.findElement(By.cssSelector("select[data-facet=region]")), region);
            form.findElement(By.cssSelector("input[type=search]")).sendKeys(query);
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            // the filters start a search of their own before the query is typed: wait for the one with the query
            // (the address holds what was searched), not for the first search that is done
            String searched = "q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
            wait.until(d -> "done".equals(form.getAttribute("data-search-state"))
                    && "false".equals(form.getAttribute("aria-busy")) && d.getCurrentUrl().contains(searched));
            @SuppressWarnings("unchecked")
            List<List<Object>> loaded = (List<List<Object>>) ((JavascriptExecutor) page).executeScript("""
                    return performance.getEntriesByType('resource')
                      .filter(function (e) { return e.name.indexOf('/_search/') >= 0; })
                      .map(function (e) { return [e.name.replace(/^.*\\/_search\\//, ''), e.transferSize]; });
                    """);
            long bytes = loaded.stream().mapToLong(e -> ((Number) e.get(1)).longValue()).sum();
            List<String> files = loaded.stream().map(e -> e.get(0) + " " + e.get(1)).toList();
            WebElement results = page.findElement(By.id("story-search-results"));
            assertThat(page.findElement(By.id("story-list")).isDisplayed()).isFalse();
            String status = form.findElement(By.cssSelector("[role=status]")).getText();
            while (!results.findElements(By.cssSelector("button.search-more")).isEmpty()) {
                int before = results.findElements(By.cssSelector("li")).size();
                results.findElement(By.cssSelector("button.search-more")).click();
                wait.until(d -> results.findElements(By.cssSelector("li")).size() > before);
            }
            List<String> urls = results.findElements(By.cssSelector("li h3 a")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            assertThat(status).as("the live region counts the results").contains(String.valueOf(urls.size()));
            // the address holds the search: opened again (a shared link), it shows the same count
            String shared = page.getCurrentUrl();
            assertThat(shared).contains("q=");
            page.get(shared);
            WebElement again = page.findElement(By.cssSelector("form.story-search"));
            wait.until(d -> "done".equals(again.getAttribute("data-search-state"))
                    && "false".equals(again.getAttribute("aria-busy")));
            assertThat(again.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo(status);
            return new Found(urls, bytes, files);
        }
    }

    private static void choose(WebElement select, String label) {
        Select choice = new Select(select);
        for (WebElement option : choice.getOptions()) {
            if (option.getText().strip().equalsIgnoreCase(label)) {
                choice.selectByVisibleText(option.getText().strip());
                return;
            }
        }
        throw new AssertionError("no option " + label + " in " + select.getAttribute("id"));
    }

    private static String field(String markdown, String key) {
        var m = Pattern.compile("(?m)^" + key + ":\\s*(.+)$").matcher(markdown);
        return m.find() ? m.group(1).strip().replaceAll("^\"|\"$", "") : "";
    }
}
