package be.storysite.generator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    private static final Locale NL = Locale.forLanguageTag("nl-BE");
    private static final Locale FR = Locale.forLanguageTag("fr-BE");

    @TempDir
    Path templates;

    private TemplateEngine engine(String macros) throws Exception {
        return unwarmed(macros).warm().warmImports(List.of(NL, FR));
    }

    private TemplateEngine unwarmed(String macros) throws Exception {
        Files.writeString(templates.resolve("page.ftlh"), "<#import \"macros/m.ftlh\" as m><p><@m.greet name=who/></p>");
        Files.createDirectories(templates.resolve("macros"));
        Files.writeString(templates.resolve("macros/m.ftlh"), macros);
        return new TemplateEngine(templates);
    }

    private static TemplateEngine.TemplateProblem problem(TemplateEngine engine) {
        try {
            engine.render(engine.find("page").orElseThrow(), Map.of("who", "An"), NL);
        } catch (TemplateEngine.TemplateProblem e) {
            return e;
        }
        throw new AssertionError("the page rendered");
    }

    @Test
    void pagesRenderWithTheirImportsParsedAheadInEachLanguage() throws Exception {
        TemplateEngine engine = engine("<#macro greet name>dag ${name}</#macro>");

        assertThat(engine.render(engine.find("page").orElseThrow(), Map.of("who", "An"), NL))
                .isEqualTo("<p>dag An</p>");
        assertThat(engine.render(engine.find("page").orElseThrow(), Map.of("who", "Luc"), FR))
                .isEqualTo("<p>dag Luc</p>");
    }

    @Test
    void theImportsAreParsedOnceAheadAndNotReadAgainByThePages() throws Exception {
        TemplateEngine engine = engine("<#macro greet name>dag ${name}</#macro>");
        Files.delete(templates.resolve("macros/m.ftlh")); // a page that looked for it now would not find it

        assertThat(engine.render(engine.find("page").orElseThrow(), Map.of("who", "An"), NL)).isEqualTo("<p>dag An</p>");
        assertThat(engine.render(engine.find("page").orElseThrow(), Map.of("who", "Luc"), FR)).isEqualTo("<p>dag Luc</p>");
    }

    @Test
    void importsOfImportsAreFollowedRelativeToTheirFolder() throws Exception {
        Files.writeString(templates.resolve("page.ftlh"), "<#import \"macros/m.ftlh\" as m><p><@m.greet name=who/></p>");
        Files.createDirectories(templates.resolve("macros"));
        Files.writeString(templates.resolve("macros/m.ftlh"),
                "<#import \"words.ftlh\" as w><#macro greet name>${w.hello} ${name}</#macro>");
        Files.writeString(templates.resolve("macros/words.ftlh"), "<#assign hello = \"dag\">");
        TemplateEngine engine = new TemplateEngine(templates).warm().warmImports(List.of(NL));
        Files.delete(templates.resolve("macros/m.ftlh"));
        Files.delete(templates.resolve("macros/words.ftlh"));

        assertThat(engine.render(engine.find("page").orElseThrow(), Map.of("who", "An"), NL)).isEqualTo("<p>dag An</p>");
    }

    @Test
    void anImportThatDoesNotParseIsReportedAsWithoutTheWarmUp() throws Exception {
        String broken = "<#macro greet name>\ndag ${name</#macro>";
        TemplateEngine.TemplateProblem expected = problem(unwarmed(broken));

        TemplateEngine.TemplateProblem warmed = problem(engine(broken));

        assertThat(warmed.getMessage()).isEqualTo(expected.getMessage()).contains("macros/m.ftlh");
        assertThat(List.of(warmed.template(), warmed.line(), warmed.column()))
                .isEqualTo(List.of(expected.template(), expected.line(), expected.column()));
    }

    @Test
    void withoutLocalizedVariantsAnImportIsParsedOnceForEveryLanguage() throws Exception {
        TemplateEngine engine = unwarmed("<#macro greet name>dag ${name}</#macro>").warm().warmImports(List.of(NL));
        Files.delete(templates.resolve("macros/m.ftlh")); // French pages can only use the parse made for Dutch

        assertThat(engine.render(engine.find("page").orElseThrow(), Map.of("who", "Luc"), FR)).isEqualTo("<p>dag Luc</p>");
    }

    @Test
    void aLocalizedVariantIsStillUsedForItsLanguage() throws Exception {
        Files.createDirectories(templates.resolve("macros"));
        Files.writeString(templates.resolve("macros/m_fr.ftlh"), "<#macro greet name>bonjour ${name}</#macro>");
        TemplateEngine engine = engine("<#macro greet name>dag ${name}</#macro>");

        assertThat(engine.render(engine.find("page").orElseThrow(), Map.of("who", "An"), NL)).isEqualTo("<p>dag An</p>");
        assertThat(engine.render(engine.find("page").orElseThrow(), Map.of("who", "Luc"), FR))
                .isEqualTo("<p>bonjour Luc</p>");
    }

    @Test
    void aPageRendersInItsOwnLocaleWhateverLocaleItsTemplateWasParsedIn() throws Exception {
        Files.writeString(templates.resolve("lang.ftlh"), "${.locale} ${.lang}");
        TemplateEngine engine = new TemplateEngine(templates).warm();

        assertThat(engine.render(engine.find("lang").orElseThrow(), Map.of(), FR)).isEqualTo("fr_BE fr");
        assertThat(engine.render(engine.find("lang").orElseThrow(), Map.of(), NL)).isEqualTo("nl_BE nl");
    }

    @Test
    void localizedVariantsAreTheFileNamesOfFreeMarkersLocalizedLookup() {
        assertThat(OneParsePerTemplate.isVariant("story_fr.ftlh")).isTrue();
        assertThat(OneParsePerTemplate.isVariant("page_nl_BE.ftl")).isTrue();
        assertThat(OneParsePerTemplate.isVariant("feed_en.ftlx")).isTrue();
        assertThat(OneParsePerTemplate.isVariant("layout.ftlh")).isFalse();
        assertThat(OneParsePerTemplate.isVariant("share_card.ftlh")).isFalse(); // "card" is no language
        assertThat(OneParsePerTemplate.isVariant("big_qq.ftlh")).isFalse();     // nor is "qq"
        assertThat(OneParsePerTemplate.isVariant("story_fr.txt")).isFalse();
    }
}
