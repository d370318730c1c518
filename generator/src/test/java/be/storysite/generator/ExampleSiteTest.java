package be.storysite.generator;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FieldMessages;
import be.storysite.forms.FormsLoader;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Builds the repository's own example site (content/, templates/, assets/, contact-forms/, site.yaml) and checks
 * it as a visitor's browser and the Nu HTML Checker would: no build error, and every written HTML page valid
 * HTML5 with zero errors (the checker runs in-process, the way its command line does).
 */
class ExampleSiteTest {

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() {
        result = new SiteGenerator().build(BuildOptions.of(TestSite.REPO, out.resolve("site")), BuildListener.NONE);
    }

    @Test
    void theExampleSiteBuildsWithoutErrors() {
        assertThat(result.errors()).as("errors").isEmpty();
        assertThat(result.pagesByType().get("story")).isGreaterThanOrEqualTo(5);
        assertThat(result.pagesByType().get("service")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyHtmlPagePassesTheNuHtmlChecker() throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out.resolve("site"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        Collector errors = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        Path known = out.resolve("known-bad.html");
        Files.writeString(known, "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><img src=\"a.png\"></body></html>");
        validator.checkHtmlFile(known.toFile(), true);
        assertThat(errors.messages).as("the checker itself works: an img without alt is an error").hasSize(1);
        errors.messages.clear();
        for (Path page : pages) {
            errors.page = out.resolve("site").relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertThat(errors.messages).as("Nu HTML Checker errors").isEmpty();
    }

    @Test
    void storyAndServicePagesEndWithTheCallToActionAndAnAccessibleContactForm() throws IOException {
        Path site = out.resolve("site");
        Document story = Jsoup.parse(site.resolve("klantverhalen/lindebeek-thuiswerk/index.html").toFile());
        Element form = story.selectFirst("form.lead-form");
        assertThat(form).isNotNull();
        assertThat(story.select("section.contact h2").text()).isEqualTo("Meer weten?");
        assertThat(story.select("section.contact .cta").text()).startsWith("Contacteer je relatiebeheerder");
        assertThat(form.attr("action")).isEqualTo("/leads/contact");
        assertThat(form.attr("method")).isEqualTo("post");
        for (Element input : form.select("input:not([type=hidden]), select, textarea")) {
            String id = input.id();
            assertThat(form.select("label[for=" + id + "]")).as("label for " + id).hasSize(1);
            if (input.closest(".hp") == null) {
                for (String described : input.attr("aria-describedby").split(" ")) {
                    assertThat(story.getElementById(described)).as(id + " describedby " + described).isNotNull();
                }
            }
        }
        assertThat(form.select("[required]")).isNotEmpty();
        assertThat(form.select("abbr.required")).hasSize(form.select("[required]").size());
        assertThat(form.select("#contact-email").attr("autocomplete")).isEqualTo("work email");
        assertThat(form.select(".form-errors[role=alert]")).hasSize(1);
        // The browser's own bubbles never show: the page's script shows the lead service's messages, named.
        assertThat(form.hasAttr("novalidate")).isTrue();
        FieldDefinition email = FormsLoader.load(TestSite.REPO.resolve("contact-forms")).form("contact")
                .field("email").orElseThrow();
        assertThat(form.select("#contact-email").attr("data-msg-invalid"))
                .isEqualTo(FieldMessages.of(email, "nl").invalid()).contains("geldig e-mailadres");
        assertThat(form.select("#contact-email").attr("data-label")).isEqualTo("E-mailadres");
        assertThat(form.select("#contact-consent-help a").attr("href")).isEqualTo("/privacy/");
        Element honeypot = form.selectFirst(".hp");
        assertThat(honeypot.attr("aria-hidden")).isEqualTo("true");
        assertThat(honeypot.select("input").attr("tabindex")).isEqualTo("-1");
        assertThat(form.select("input[type=hidden]").eachAttr("name")).contains("form_version", "lang",
                "source_url", "source_title", "source_kind", "source_slug", "elapsed_ms");
        assertThat(form.select("input[name=source_kind]").val()).isEqualTo("story");
        assertThat(form.select("input[name=source_slug]").val()).isEqualTo("lindebeek-thuiswerk");
        assertThat(form.select("input[name=form_version]").val()).matches("[0-9a-f]{12}");
        assertThat(story.select("script[src]").attr("src")).matches("/assets/js/contact-form\\.[0-9a-f]{8}\\.js");

        Document service = Jsoup.parse(site.resolve("fr/services/werkplek-in-de-cloud/index.html").toFile());
        assertThat(service.select("form.lead-form input[name=source_kind]").val()).isEqualTo("service");
        assertThat(service.select("form.lead-form input[name=lang]").val()).isEqualTo("fr");
        assertThat(service.select("form.lead-form label[for=contact-name]").text()).startsWith("Nom");
        assertThat(service.select("#contact-name").attr("data-msg-missing")).isEqualTo("Ce champ est obligatoire.");
        assertThat(service.select("#contact-topic option").first().text()).isEqualTo("Faites un choix");
        assertThat(service.select("#contact-consent-help a").attr("href")).isEqualTo("/fr/vie-privee/");
        String json = Files.readString(site.resolve("_forms/contact.json"));
        assertThat(json).contains("\"id\":\"contact\"").contains(form.select("input[name=form_version]").val());
    }

    @Test
    void formResultPagesAreNotIndexedListedInTheFooterOrInTheSitemap() throws IOException {
        Path site = out.resolve("site");
        Document thanks = Jsoup.parse(site.resolve("bedankt/index.html").toFile());
        assertThat(thanks.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        Document home = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(home.select("meta[name=robots]")).isEmpty();
        assertThat(home.select(".footer-links a").eachAttr("href")).contains("/privacy/")
                .doesNotContain("/bedankt/", "/niet-verzonden/");
        assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("<loc>https://www.vicinia.be/privacy/</loc>")
                .doesNotContain("/bedankt/");
    }

    /** Collects the checker's errors with the page they are on; warnings are advice, not failures. */
    static final class Collector implements ErrorHandler {
        final List<String> messages = new ArrayList<>();
        String page = "";

        @Override
        public void warning(SAXParseException e) {
            // advice only
        }

        @Override
        public void error(SAXParseException e) {
            // fetchpriority (on the hero photo) is in the HTML standard since 2022; this checker (20.7.2) predates it
            if (e.getMessage().startsWith("Attribute “fetchpriority” not allowed on element “img”")) {
                return;
            }
            messages.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
