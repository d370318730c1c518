package be.storysite.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 3, acceptance 1: a prospect reads a customer story of the example site in Chromium, fills in the contact
 * form and sends it, once without JavaScript (plain POST, 303 to the thank-you page) and once with it (JSON post
 * by the page's script); each mail reaches, over real SMTP (GreenMail), the relationship manager that
 * {@code contact-forms/routing.yaml} names for that prospect, with the story named as the source.
 */
class ContactFormInBrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    static final ExampleSitePreview PREVIEW = new ExampleSitePreview(() -> SMTP.getSmtp().getPort());

    @Test
    void withoutJavaScriptTheNamedAccountsManagerGetsTheLead() throws Exception {
        try (Browser browser = Browser.start(false)) {
            WebDriver page = browser.driver();
            page.get(PREVIEW.uri().resolve("/klantverhalen/lindebeek-thuiswerk/").toString());
            String storyTitle = page.findElement(By.tagName("h1")).getText();

            fill(page, "Gemeente Lindebeek", "Lindebeek", "3000", "werkplek-in-de-cloud",
                    "Wij willen ook snel thuiswerk kunnen organiseren.");
            page.findElement(By.cssSelector("#contact-form button[type=submit]")).click();

            new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/bedankt/"));
            MimeMessage mail = awaitMailTo("an.peeters@vicinia.example");
            assertThat(mail.getSubject()).contains("Gemeente Lindebeek");
            assertThat(GreenMailUtil.getBody(mail)).contains(storyTitle.substring(0, 20)).contains("account-lindebeek");
            assertThat(mail.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly("tester@example.org");
        }
    }

    @Test
    void withJavaScriptTheStorysServiceSpecialistGetsTheLead() throws Exception {
        try (Browser browser = Browser.start(true)) {
            WebDriver page = browser.driver();
            page.get(PREVIEW.uri().resolve("/klantverhalen/haspenvelde-mobiele-politie/").toString());

            fill(page, "Politiezone Nieuwerveld", "Nieuwerveld", "8500", "netwerk-en-connectiviteit",
                    "Hoe pakken jullie de beveiliging van mobiele toestellen aan?");
            // The page's time trap drops posts sent faster than a person can type; wait like a person would.
            Thread.sleep(3_500);
            page.findElement(By.cssSelector("#contact-form button[type=submit]")).click();

            new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/bedankt/"));
            MimeMessage mail = awaitMailTo("karim.elamrani@vicinia.example");
            assertThat(GreenMailUtil.getBody(mail)).contains("haspenvelde-mobiele-politie")
                    .contains("specialist-cyberbeveiliging");
        }
    }

    private static void fill(WebDriver page, String organisation, String municipality, String postcode, String topic,
                             String message) {
        page.findElement(By.id("contact-name")).sendKeys("Tess Tester");
        page.findElement(By.id("contact-email")).sendKeys("tester@example.org");
        page.findElement(By.id("contact-organisation")).sendKeys(organisation);
        new Select(page.findElement(By.id("contact-organisation_type"))).selectByValue(
                organisation.startsWith("Politiezone") ? "politiezone" : "gemeente");
        page.findElement(By.id("contact-municipality")).sendKeys(municipality);
        page.findElement(By.id("contact-postcode")).sendKeys(postcode);
        new Select(page.findElement(By.id("contact-topic"))).selectByValue(topic);
        page.findElement(By.id("contact-message")).sendKeys(message);
        page.findElement(By.id("contact-consent")).click();
    }

    /** Waits for the delivery worker to hand the lead to GreenMail; the mail must go to exactly that manager. */
    private static MimeMessage awaitMailTo(String manager) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(manager))) {
                    assertThat(to).hasSize(1);
                    assertThat(m.getRecipients(Message.RecipientType.CC)).isNull();
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail for " + manager + " within 20 s; received: "
                + Arrays.stream(SMTP.getReceivedMessages()).map(ContactFormInBrowserTest::describe).toList());
    }

    private static String describe(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients()) + " " + m.getSubject();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
