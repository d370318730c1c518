package be.storysite.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.preview.PreviewServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The published example site (built as {@code ./storysite build} builds it, served as a static host serves it) in
 * Debian's Chromium: no page wider than a 360 px phone, axe-core finds no violation on any page type in light and
 * dark mode, and a story prints on at most 4 A4 pages. One browser for the class.
 */
class PagesInBrowserTest {

    /** One page of each type, in Dutch and French. */
    static final List<String> PAGE_TYPES = List.of("/", "/klantverhalen/", "/klantverhalen/lindebeek-thuiswerk/",
            "/diensten/", "/diensten/cyberbeveiliging/", "/klantverhalen/sector/", "/klantverhalen/sector/welzijn/",
            "/contact/", "/over-ons/", "/404.html", "/fr/", "/fr/temoignages/lindebeek-thuiswerk/",
            "/fr/temoignages/secteur/");

    static Path work;
    static Path site;
    static PreviewServer server;
    static Browser browser;
    static String axe;

    @BeforeAll
    static void buildServeAndStart() throws Exception {
        work = Files.createTempDirectory("storysite-pages");
        site = work.resolve("site");
        BuildResult result = new SiteGenerator().build(BuildOptions.of(ExampleSitePreview.SITE, site),
                BuildListener.NONE);
        assertThat(result.errors()).isEmpty();
        server = new PreviewServer(site, 0, List.of());
        server.open();
        server.start();
        browser = Browser.start(true);
        try (InputStream in = PagesInBrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (server != null) {
                server.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static ChromeDriver driver() {
        return browser.driver();
    }

    private static void colours(String scheme) {
        driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static void width(int px) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", px, "height", 740, "deviceScaleFactor", 1, "mobile", px < 600));
    }

    @Test
    void noPageOfTheSiteIsWiderThanA360PixelScreen() throws IOException {
        width(360);
        colours("light");
        List<String> urls;
        try (Stream<Path> walk = Files.walk(site)) {
            urls = walk.filter(p -> p.toString().endsWith(".html")).sorted()
                    .map(p -> "/" + site.relativize(p).toString().replace("index.html", "")).toList();
        }
        assertThat(urls).hasSizeGreaterThan(100);
        List<String> tooWide = new ArrayList<>();
        for (String url : urls) {
            driver().get(server.uri().resolve(url).toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) driver().executeScript("return {scroll: "
                    + "document.documentElement.scrollWidth, inner: window.innerWidth};");
            long scroll = ((Number) size.get("scroll")).longValue();
            long inner = ((Number) size.get("inner")).longValue();
            // on an emulated phone the layout viewport grows to a page that is wider than the screen
            if (scroll > 360 || inner > 360) {
                tooWide.add(url + " is " + Math.max(scroll, inner) + " px wide");
            }
        }
        System.out.println("[pages] " + urls.size() + " pages checked at 360 px, too wide: " + tooWide.size());
        assertThat(tooWide).isEmpty();
        driver().get(server.uri().resolve("/").toString());
        assertThat(driver().executeScript("return window.innerWidth")).as("the emulated screen").isEqualTo(360L);
    }

    @Test
    void axeCoreFindsNoViolationOnAnyPageType_inLightAndDarkMode_onAPhoneAndADesktop() {
        driver().get(server.uri().resolve("/").toString());
        driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', "
                + "'<p style=\"color:#777;background:#888\">grey on grey</p><img src=\"/x.png\">')");
        assertThat(String.join("\n", axe("a spoilt page"))).as("axe itself works")
                .contains("color-contrast", "image-alt");
        List<String> violations = new ArrayList<>();
        for (int px : List.of(360, 1280)) {
            width(px);
            for (String scheme : List.of("light", "dark")) {
                colours(scheme);
                for (String url : PAGE_TYPES) {
                    driver().get(server.uri().resolve(url).toString());
                    assertThat(driver().executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"))
                            .isEqualTo(scheme.equals("dark"));
                    violations.addAll(axe(url + " (" + scheme + ", " + px + " px)"));
                }
            }
        }
        colours("light");
        assertThat(violations).isEmpty();
    }

    /** Runs axe-core on the open page; each violation as one line naming the rule and the elements. */
    @SuppressWarnings("unchecked")
    private static List<String> axe(String where) {
        driver().executeScript(axe);
        Object result = driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '
                    + v.nodes.map(n => n.target.join(' ')).join(', '))), e => done(['axe failed: ' + e]));
                """);
        List<String> lines = new ArrayList<>();
        ((List<Object>) result).forEach(v -> lines.add(where + ": " + v));
        return lines;
    }

    @Test
    void aStoryPrintsOnAtMostFourA4Pages_withItsQuoteAndContact_withoutNavigationOrForm() {
        width(1280);
        colours("light");
        driver().get(server.uri().resolve("/klantverhalen/lindebeek-thuiswerk/").toString());
        driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(visible(".site-header")).isFalse();
            assertThat(visible(".site-footer")).isFalse();
            assertThat(visible("section.contact")).isFalse();
            assertThat(visible(".contact-bar")).isFalse();
            assertThat(visible(".pull-quote")).isTrue();
            assertThat(visible(".metrics")).isTrue();
            assertThat(visible(".story-contact")).isTrue();
        } finally {
            driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver()).print(a4).getContent());
        int pages = pdfPages(pdf);
        System.out.println("[pages] the Lindebeek story prints on " + pages + " A4 pages");
        assertThat(pages).isBetween(1, 4);
    }

    private static boolean visible(String selector) {
        return (Boolean) driver().executeScript("const e = document.querySelector(arguments[0]);"
                + " return !!e && e.getClientRects().length > 0;", selector);
    }

    /**
     * The number of pages of a PDF as Chromium writes it: the page objects ({@code /Type /Page}), which must agree
     * with the page tree's {@code /Count}.
     */
    static int pdfPages(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher page = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
        int objects = 0;
        while (page.find()) {
            objects++;
        }
        Matcher count = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages")
                .matcher(text);
        assertThat(count.find()).as("the PDF's page tree").isTrue();
        int counted = Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2));
        assertThat(objects).as("page objects against the page tree's count").isEqualTo(counted);
        return counted;
    }
}
