package be.storysite.generator;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A tiny site declared inline by a test, Hugo style: files by path and content, built, then asserted on.
 * The example site's templates, UI strings, CSS and JS are copied in (they are the product's templates), and a
 * three-language site.yaml is written unless the test writes its own. Today is pinned to {@link #TODAY}.
 *
 * <pre>{@code
 * TestSite site = TestSite.in(tempDir)
 *         .service("werkplek")
 *         .story("lindebeek", "featured: true")
 *         .file("content/pages/over-ons.md", "---\ntitle: Over ons\n---\nHallo");
 * BuildResult result = site.build();
 * assertThat(site.html("klantverhalen/lindebeek/index.html").title()).contains("Lindebeek");
 * }</pre>
 */
final class TestSite {

    static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    static final String SITE_YAML = """
            title: Testsite
            description: Een site voor tests
            base_url: https://example.test
            pagination: 2
            organization:
              name: Testbedrijf
              logo: /assets/images/logo.svg
            languages:
              nl:
                name: Nederlands
                locale: nl-BE
                sections: {stories: klantverhalen, services: diensten, page: pagina, sector: sector, service: dienst, region: regio, tag: tag}
              fr:
                name: Français
                locale: fr-BE
                sections: {stories: temoignages, services: services, page: page, sector: secteur, service: service, region: region, tag: mot-cle}
              en:
                name: English
                locale: en-BE
                sections: {stories: stories, services: services, page: page, sector: sector, service: service, region: region, tag: tag}
            """;

    /** A logo the site.yaml above names: 120 × 40. */
    static final String LOGO_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"></svg>";

    private final Path root;
    private final Path source;
    private final Path output;

    private TestSite(Path root) {
        this.root = root;
        this.source = root.resolve("site");
        this.output = root.resolve("out");
    }

    static TestSite in(Path tempDir) {
        TestSite site = new TestSite(tempDir);
        site.copyTree(REPO.resolve("templates"), site.source.resolve("templates"));
        site.copyTree(REPO.resolve("assets/css"), site.source.resolve("assets/css"));
        site.copyTree(REPO.resolve("assets/js"), site.source.resolve("assets/js"));
        site.file("site.yaml", SITE_YAML);
        site.file("assets/images/logo.svg", LOGO_SVG);
        return site;
    }

    Path source() {
        return source;
    }

    Path output() {
        return output;
    }

    TestSite file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    TestSite bytes(String path, byte[] content) {
        Path file = source.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TestSite delete(String path) {
        try {
            Files.deleteIfExists(source.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A service page {@code content/services/<slug>.md}. */
    TestSite service(String slug, String... lines) {
        return file("content/services/" + slug + ".md", header(Map.of(
                "title", "Dienst " + slug,
                "summary", "Wat " + slug + " doet."), lines) + "\nOver " + slug + ".\n");
    }

    /**
     * A valid, approved story {@code content/stories/<file>.md} about service {@code werkplek}; each line
     * {@code key: value} replaces that key, {@code key: ~drop} removes it. The default header's lines are, from
     * line 2: title, date, customer, customer_type, person, role, quote, services, sector, region, summary,
     * approved; then the extra keys; then the closing {@code ---}.
     */
    TestSite story(String file, String... lines) {
        return storyWithBody(file, "## Aanpak\n\nHet verhaal van " + file + ".\n", lines);
    }

    TestSite storyWithBody(String file, String body, String... lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Verhaal " + file);
        fields.put("date", "2024-03-01");
        fields.put("customer", "Gemeente " + file);
        fields.put("customer_type", "gemeente");
        fields.put("person", "An Peeters");
        fields.put("role", "ICT-coördinator");
        fields.put("quote", "\"Het werkte meteen.\"");
        fields.put("services", "[werkplek]");
        fields.put("sector", "lokale besturen");
        fields.put("region", "Vlaams-Brabant");
        fields.put("summary", "Samenvatting van " + file + ".");
        fields.put("approved", "2024-02-20");
        return file("content/stories/" + file + ".md", header(fields, lines) + "\n" + body);
    }

    private static String header(Map<String, String> defaults, String... lines) {
        Map<String, String> fields = new LinkedHashMap<>(defaults);
        for (String line : lines) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (value.equals("~drop")) {
                fields.remove(key);
            } else {
                fields.put(key, value);
            }
        }
        StringBuilder out = new StringBuilder("---\n");
        fields.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        return out.append("---\n").toString();
    }

    BuildResult build() {
        return build(BuildOptions.of(source, output));
    }

    BuildResult build(BuildOptions options) {
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), SiteGenerator.SITE_ZONE);
        return new SiteGenerator(clock).build(options, BuildListener.NONE);
    }

    BuildOptions options(boolean drafts, boolean future, boolean preview) {
        return new BuildOptions(source, output, drafts, future, Optional.empty(), preview, true);
    }

    /** Builds and fails the test, listing them, when there are errors. */
    BuildResult buildOk() {
        BuildResult result = build();
        if (!result.ok()) {
            throw new AssertionError("the build failed:\n" + formatted(result.errors()));
        }
        return result;
    }

    String formatted(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        diagnostics.forEach(d -> lines.add(d.format(source)));
        return String.join("\n", lines);
    }

    /** Headlines, {@code path:line:col: error: message}, paths relative to the site. */
    List<String> headlines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.headline(source)).toList();
    }

    boolean exists(String path) {
        return Files.exists(output.resolve(path));
    }

    String text(String path) {
        try {
            return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document html(String path) {
        return Jsoup.parse(text(path), "https://example.test/");
    }

    /** Every file written, relative to the output, sorted. */
    List<String> files() {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(Files::isRegularFile).map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder tree. */
    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree (tests copy the example site with it). */
    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }
}
