package be.storysite.core.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * There is one HTML escaper in the code base, {@link HtmlText#escape}: a plain scan of every module's main sources
 * for another one, hand-written (a string literal with an HTML entity) or borrowed from a library (jsoup's
 * {@code Entities.escape}, Jetty's {@code sanitizeXmlString}, ...). Templates are escaped by Freemarker.
 */
class OneHtmlEscaperTest {

    /** An entity inside a Java string literal: the mark of a hand-written escaper. */
    private static final Pattern ENTITY_LITERAL = Pattern.compile("\"[^\"\\n]*&(amp|lt|gt|quot|apos|#39|#x27|#34);");
    private static final Pattern LIBRARY_ESCAPER = Pattern.compile(
            "Entities\\.escape\\(|sanitizeXmlString\\(|escapeHtml\\w*\\(|HtmlEscapers|escapeXml\\w*\\(|HtmlUtils\\.");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path THE_ESCAPER = Path.of("core/src/main/java/be/storysite/core/html/HtmlText.java");

    @Test
    void noOtherEscaperInAnyModulesSources() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).as("the scan sees the whole code base").hasSizeGreaterThan(100)
                .contains(ROOT.resolve(THE_ESCAPER));

        List<String> found = new ArrayList<>();
        for (Path file : sources) {
            if (file.equals(ROOT.resolve(THE_ESCAPER))) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.stripLeading().startsWith("*") || line.stripLeading().startsWith("//")) {
                    continue; // Javadoc and comments may show entities
                }
                Matcher entity = ENTITY_LITERAL.matcher(line);
                Matcher library = LIBRARY_ESCAPER.matcher(line);
                if (entity.find() || library.find()) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("call be.storysite.core.html.HtmlText.escape, or let a .ftlh template escape").isEmpty();
    }

    @Test
    void theScanWouldSeeAHandWrittenOrLibraryEscaper() {
        assertThat(ENTITY_LITERAL.matcher("case '<' -> out.append(\"&lt;\");").find()).isTrue();
        assertThat(ENTITY_LITERAL.matcher("return s.replace(\"\\\"\", \"&quot;\");").find()).isTrue();
        assertThat(LIBRARY_ESCAPER.matcher("return Entities.escape(s);").find()).isTrue();
        assertThat(LIBRARY_ESCAPER.matcher("StringUtil.sanitizeXmlString(text)").find()).isTrue();
        assertThat(ENTITY_LITERAL.matcher("String plain = \"Tom & Jerry\";").find()).isFalse();
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> sources = new ArrayList<>();
            for (Path main : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            return sources;
        }
    }
}
