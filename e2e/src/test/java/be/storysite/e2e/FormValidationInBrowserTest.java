package be.storysite.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.forms.FieldDefinition;
import be.storysite.forms.FieldMessages;
import be.storysite.forms.FieldType;
import be.storysite.forms.FormDefinition;
import be.storysite.forms.FormsLoader;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11, acceptance 3: a visitor sends the contact form empty, then with a bad e-mail address, in Dutch and in
 * French, with and without JavaScript. Every message shown is the form definition's (the lead service's own
 * sentences, {@link FieldMessages}), in the page's language, next to its field and in the summary with the field's
 * name; the browser's own messages never appear. Without JavaScript the lead service's 422 page is the site's own
 * page: header, navigation, styles and footer.
 */
class FormValidationInBrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    static final ExampleSitePreview PREVIEW = new ExampleSitePreview(() -> SMTP.getSmtp().getPort());

    private static FormDefinition form;

    @BeforeAll
    static void loadTheForm() {
        form = FormsLoader.load(ExampleSitePreview.SITE.resolve("contact-forms")).form("contact");
    }

    @ParameterizedTest(name = "{0}, JavaScript {2}")
    @CsvSource({"nl, /contact/, true", "nl, /contact/, false", "fr, /fr/contact/, true", "fr, /fr/contact/, false"})
    void anEmptyFormShowsTheDefinitionsMessageForEveryRequiredFieldNamingIt(String lang, String path,
                                                                            boolean javascript) throws Exception {
        try (Browser browser = Browser.start(javascript)) {
            WebDriver page = browser.driver();
            page.get(PREVIEW.url(path));
            assertThat(page.findElement(By.id("contact-form")).getAttribute("novalidate")).isNotNull();

            submit(page, javascript);

            List<String> expected = form.fields().stream().filter(FieldDefinition::required)
                    .map(f -> label(f, lang) + ": " + FieldMessages.of(f, lang).missing()).toList();
            assertThat(expected).hasSize(8);
            assertThat(summary(page)).containsExactlyInAnyOrderElementsOf(expected);
            for (FieldDefinition field : form.fields()) {
                if (field.required()) {
                    assertThat(fieldError(page, field.name())).isEqualTo(FieldMessages.of(field, lang).missing());
                }
            }
            // The sentences are the site's language, not the browser's (Chromium's are English).
            assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain("Please fill")
                    .contains(lang.equals("nl") ? "Dit veld is verplicht." : "Ce champ est obligatoire.");
            assertTheSitesOwnPage(page, lang, javascript);
        }
    }

    /**
     * {@code naam@@gemeente} is refused by the page's own check (with JavaScript) or by the lead service (without);
     * {@code naam@gemeente} is taken by the browser's type=email (no dot needed in its domain) but refused by the
     * lead service, whose JSON 422 the page shows the same way.
     */
    @ParameterizedTest(name = "{0}, JavaScript {2}, {3}")
    @CsvSource({"nl, /contact/, true, naam@@gemeente", "nl, /contact/, false, naam@@gemeente",
            "fr, /fr/contact/, true, naam@@gemeente", "fr, /fr/contact/, false, naam@@gemeente",
            "nl, /contact/, true, naam@gemeente", "fr, /fr/contact/, true, naam@gemeente"})
    void aBadEmailAddressIsToldInThePagesLanguageAndNamed(String lang, String path, boolean javascript,
                                                          String address) throws Exception {
        try (Browser browser = Browser.start(javascript)) {
            WebDriver page = browser.driver();
            page.get(PREVIEW.url(path));
            fillAllBut(page, address);

            submit(page, javascript);

            FieldDefinition email = form.field("email").orElseThrow();
            String message = FieldMessages.of(email, lang).invalid();
            assertThat(message).contains(lang.equals("nl") ? "geldig e-mailadres" : "adresse e-mail valide");
            assertThat(summary(page)).containsExactly(email.label(lang) + ": " + message);
            assertThat(fieldError(page, "email")).isEqualTo(message);
            WebElement input = page.findElement(By.id("contact-email"));
            assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(input.getAttribute("aria-describedby")).contains("contact-email-error");
            assertThat(input.getAttribute("value")).isEqualTo(address);
            assertTheSitesOwnPage(page, lang, javascript);
        }
    }

    /** Clicks send; without JavaScript that is a real post, answered by the lead service's 422 page. */
    private static void submit(WebDriver page, boolean javascript) {
        String before = page.getCurrentUrl();
        page.findElement(By.cssSelector("#contact-form button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
        if (javascript) {
            wait.until(d -> d.findElement(By.id("contact-errors")).isDisplayed());
            assertThat(page.getCurrentUrl()).isEqualTo(before);
        } else {
            wait.until(d -> d.getCurrentUrl().endsWith("/leads/contact"));
        }
    }

    private static void assertTheSitesOwnPage(WebDriver page, String lang, boolean javascript) throws Exception {
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).startsWith(lang);
        assertThat(page.findElements(By.cssSelector("header.site-header nav.site-nav a"))).isNotEmpty();
        assertThat(page.findElement(By.cssSelector("footer.site-footer")).getText()).contains("+32 16 39 48 00");
        // The site's stylesheet is linked, served, and applied (the summary gets the site's error border).
        String css = page.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href");
        HttpResponse<Void> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(css)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(served.statusCode()).isEqualTo(200);
        WebElement summary = page.findElement(By.cssSelector("#contact-errors"));
        assertThat(summary.getCssValue("border-top-style")).isEqualTo("solid");
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        if (!javascript) {
            assertThat(page.getTitle()).contains(form.title(lang));
        }
    }

    private static List<String> summary(WebDriver page) {
        List<WebElement> items = page.findElements(By.cssSelector("#contact-errors li"));
        for (WebElement item : items) {
            // each item links to its field
            String target = item.findElement(By.tagName("a")).getAttribute("href").replaceFirst(".*#", "");
            assertThat(page.findElements(By.id(target))).hasSize(1);
        }
        return items.stream().map(WebElement::getText).toList();
    }

    private static String fieldError(WebDriver page, String name) {
        return page.findElement(By.id("contact-" + name + "-error")).getText();
    }

    private static String label(FieldDefinition field, String lang) {
        return field.type() == FieldType.CHECKBOX && field.name().equals(FormDefinition.CONSENT_FIELD)
                && field.label(lang).isEmpty() ? form.consentText(lang) : field.label(lang);
    }

    /** Every required field filled in well, except the e-mail address. */
    private static void fillAllBut(WebDriver page, String email) {
        Map.of("name", "Tess Tester", "email", email, "organisation", "Gemeente Lindebeek",
                "municipality", "Lindebeek", "message", "Een vraag over thuiswerk.")
                .forEach((name, value) -> page.findElement(By.id("contact-" + name)).sendKeys(value));
        new Select(page.findElement(By.id("contact-organisation_type"))).selectByValue("gemeente");
        new Select(page.findElement(By.id("contact-topic"))).selectByValue("werkplek-in-de-cloud");
        page.findElement(By.id("contact-consent")).click();
    }
}
