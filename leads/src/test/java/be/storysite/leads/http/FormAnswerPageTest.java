package be.storysite.leads.http;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.forms.FormDefinition;
import be.storysite.forms.FormsConfig;
import be.storysite.forms.FormsLoader;
import be.storysite.forms.routing.Manager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-JavaScript answers rendered from {@code form-answer.ftlh} inside a page of the built site: the site's
 * header, styles and footer stay, its {@code <main>} becomes the answer, in the page's language.
 */
class FormAnswerPageTest {

    private static FormDefinition form;

    @TempDir
    Path site;

    @BeforeAll
    static void load() {
        FormsConfig forms = FormsLoader.load(TestService.CONTACT_FORMS);
        form = forms.form("contact");
    }

    /** A built page as the generator writes it: head with the fingerprinted CSS, header, main, footer. */
    private void builtPage(String path, String lang, String main) throws Exception {
        Path file = site.resolve(path).resolve("index.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>Site page</title>
                <link rel="stylesheet" href="/assets/css/site.0123abcd.css">
                <link rel="canonical" href="https://www.vicinia.example/%s/"></head>
                <body><header class="site-header"><nav class="site-nav"><a href="/fr/references/">Références</a></nav>
                </header><main id="main" tabindex="-1">%s</main>
                <footer class="site-footer">Vicinia · +32 16 39 48 00</footer></body></html>
                """.formatted(lang, path, main));
    }

    @Test
    void the422PageIsTheSitesOwnPageWithTheFormAndEveryErrorNamed() throws Exception {
        builtPage("fr/non-envoye", "fr", "<h1>Votre message n'a pas pu être envoyé</h1>");
        FormAnswerPage pages = new FormAnswerPage(Optional.of(site));

        String html = pages.invalid(form, "fr", Map.of("email", List.of("pas-une-adresse"),
                        "name", List.of("Élise <script>alert(1)</script>")),
                Map.of("email", "Indiquez une adresse e-mail valide.", "name", "Ce champ est obligatoire."));

        Document page = Jsoup.parse(html);
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/css/site.0123abcd.css");
        assertThat(page.select("header.site-header nav a").text()).isEqualTo("Références");
        assertThat(page.select("footer.site-footer").text()).contains("+32 16 39 48 00");
        assertThat(page.select("main").text()).doesNotContain("n'a pas pu être envoyé");
        assertThat(page.title()).isEqualTo("Vérifiez le formulaire – Contactez-nous");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select("main [role=alert] li")).extracting(e -> e.text()).containsExactlyInAnyOrder(
                "Adresse e-mail: Indiquez une adresse e-mail valide.", "Nom: Ce champ est obligatoire.");
        assertThat(page.select("main [role=alert] li a").eachAttr("href"))
                .containsExactlyInAnyOrder("#contact-email", "#contact-name");
        assertThat(page.select("#contact-email").attr("aria-describedby"))
                .isEqualTo("contact-email-help contact-email-error");
        assertThat(page.select("#contact-email-error").text()).isEqualTo("Indiquez une adresse e-mail valide.");
        assertThat(page.select("#contact-name").val()).isEqualTo("Élise <script>alert(1)</script>");
        assertThat(page.select("main script")).isEmpty();
        assertThat(page.select("#contact-topic option").first().text()).isEqualTo("Faites un choix");
    }

    @Test
    void the503PageNamesWhomToContactInTheSitesPage() throws Exception {
        builtPage("niet-verzonden", "nl", "<h1>Je bericht kon niet verzonden worden</h1>");
        FormAnswerPage pages = new FormAnswerPage(Optional.of(site));

        Document page = Jsoup.parse(pages.unavailable(form, "nl", Map.of("name", List.of("Els")),
                new Manager("an-peeters", "An Peeters", "an.peeters@vicinia.example", "+32 16 29 41 10", true, "")));

        assertThat(page.select("footer.site-footer")).hasSize(1);
        assertThat(page.select("main [role=alert] a").eachAttr("href"))
                .containsExactly("mailto:an.peeters@vicinia.example", "tel:+3216294110");
        assertThat(page.select("#contact-name").val()).isEqualTo("Els");
    }

    @Test
    void aRebuiltSitePageIsUsedAtOnceAndTitlesAreEscaped() throws Exception {
        builtPage("niet-verzonden", "nl", "<h1>Oud</h1>");
        FormAnswerPage pages = new FormAnswerPage(Optional.of(site));
        String before = pages.invalid(form, "nl", Map.of(), Map.of("email", "Geef een geldig e-mailadres."));
        assertThat(Jsoup.parse(before).select("footer.site-footer").text()).contains("+32 16 39 48 00");

        // the preview rebuilds the page: new footer, other length, so the next answer must use it
        Path file = site.resolve("niet-verzonden/index.html");
        Files.writeString(file, Files.readString(file).replace("+32 16 39 48 00", "+32 16 00 00 00 (nieuw)"));
        String after = pages.invalid(form, "nl", Map.of(), Map.of("email", "Geef een geldig e-mailadres."));
        assertThat(Jsoup.parse(after).select("footer.site-footer").text()).contains("+32 16 00 00 00 (nieuw)");

        Optional<String> framed = new SiteShell(site).wrap("/niet-verzonden/", "A <b>&</b> title", "<p>x</p>");
        assertThat(framed).isPresent();
        assertThat(Jsoup.parse(framed.get()).title()).isEqualTo("A <b>&</b> title");
        assertThat(Jsoup.parse(framed.get()).select("main").html()).isEqualTo("<p>x</p>");
    }

    @Test
    void withoutTheBuiltPageTheAnswerStandsAloneInsteadOfFailing() {
        String html = new FormAnswerPage(Optional.of(site)).invalid(form, "en", Map.of(),
                Map.of("email", "Enter a valid e-mail address."));

        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main [role=alert] li").text()).isEqualTo("E-mail address: Enter a valid e-mail address.");
    }
}
