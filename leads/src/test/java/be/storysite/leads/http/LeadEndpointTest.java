package be.storysite.leads.http;

import static be.storysite.leads.http.TestService.ORIGIN;
import static be.storysite.leads.http.TestService.validForm;
import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.model.Lead;
import be.storysite.leads.store.StoredLead;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /leads/{form}} over real HTTP: every answer of the endpoint, for form posts and JSON. */
class LeadEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private TestService service;

    @BeforeEach
    void start() throws Exception {
        service = TestService.start(temp);
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
    }

    @Test
    void aFormPostIsStoredWithItsContextAndRedirectedToTheThankYouPage() throws Exception {
        HttpResponse<String> response = service.postForm("contact", validForm(),
                "Referer", ORIGIN + "/verhalen/lindebeek-thuiswerk/?utm_source=nieuwsbrief");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(ORIGIN + "/bedankt/");
        StoredLead stored = service.store().list(10).get(0);
        Lead lead = stored.lead();
        assertThat(lead.formId()).isEqualTo("contact");
        assertThat(lead.formVersion()).isEqualTo("v-test");
        assertThat(lead.lang()).isEqualTo("nl");
        assertThat(lead.fields()).containsEntry("organisation", "Gemeente Lindebeek")
                .containsEntry("email", "els.peeters@lindebeek.example").doesNotContainKeys("consent", "website");
        assertThat(lead.consent().given()).isTrue();
        assertThat(lead.consent().privacyVersion()).isEqualTo("2024-05");
        assertThat(lead.source().title()).isEqualTo("Lindebeek werkt thuis");
        assertThat(lead.source().kind()).isEqualTo("story");
        assertThat(lead.source().slug()).isEqualTo("lindebeek-thuiswerk");
        assertThat(lead.referrer()).isEqualTo(ORIGIN + "/verhalen/lindebeek-thuiswerk/?utm_source=nieuwsbrief");
        assertThat(lead.utm()).isEqualTo(Map.of("utm_source", "nieuwsbrief"));
        assertThat(lead.routing().managerId()).isEqualTo("an-peeters");
        assertThat(lead.routing().ruleId()).isEqualTo("account-lindebeek");
        assertThat(stored.jobs()).singleElement()
                .satisfies(job -> assertThat(job.recipient()).isEqualTo("an.peeters@vicinia.example"));
    }

    @Test
    void theThankYouPageIsInThePagesLanguage() throws Exception {
        Map<String, String> form = validForm();
        form.put("lang", "fr");
        assertThat(service.postForm("contact", form).headers().firstValue("Location")).hasValue(ORIGIN + "/fr/merci/");
    }

    @Test
    void anInvalidFormPostGetsThePageAgainInItsLanguageWithWhatWasTyped() throws Exception {
        Map<String, String> form = validForm();
        form.put("lang", "fr");
        form.put("email", "pas-une-adresse");
        form.put("postcode", "12");
        form.put("name", "Élise <script>alert(1)</script>");
        form.remove("consent");

        HttpResponse<String> response = service.postForm("contact", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String page = response.body();
        // Without a site folder the page stands alone; FormAnswerPageTest covers the page framed by the site.
        assertThat(page).contains("<html lang=\"fr\">", "Vérifiez le formulaire",
                "<a href=\"#contact-email\">Adresse e-mail</a>: Indiquez une adresse e-mail valide",
                "id=\"contact-email\" name=\"email\" required aria-invalid=\"true\"", "value=\"pas-une-adresse\"",
                "value=\"Élise &lt;script&gt;alert(1)&lt;/script&gt;\"",
                "<option value=\"werkplek-in-de-cloud\" selected>", "<option value=\"\">Faites un choix</option>",
                "<input type=\"hidden\" name=\"source_slug\" value=\"lindebeek-thuiswerk\">",
                "action=\"/leads/contact\"", "novalidate");
        assertThat(page).doesNotContain("<script>");
        assertThat(page).containsPattern("id=\"contact-postcode-error\">[^<]*chiffres");
        assertThat(service.store().count()).isZero();
    }

    @Test
    void jsonPostsGet202WithTheIdOr422WithErrorsPerField() throws Exception {
        String valid = JSON.writeValueAsString(validForm());
        HttpResponse<String> accepted = service.postJson("contact", valid);

        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).get("id").asText();
        assertThat(service.store().find(id)).isPresent();

        Map<String, String> form = validForm();
        form.put("lang", "en");
        form.remove("email");
        HttpResponse<String> invalid = service.postJson("contact", JSON.writeValueAsString(form));
        assertThat(invalid.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(invalid.body()).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactly("email");
        assertThat(errors.get("email").asText()).isNotBlank();
        assertThat(service.store().count()).isEqualTo(1);
    }

    @Test
    void aReplayWithTheSameIdempotencyKeyGetsTheSameAnswerAndCreatesNothing() throws Exception {
        String body = JSON.writeValueAsString(validForm());
        HttpResponse<String> first = service.postJson("contact", body, "Idempotency-Key", "abc-123");
        HttpResponse<String> replay = service.postJson("contact", body, "Idempotency-Key", "abc-123");
        HttpResponse<String> otherBody = service.postJson("contact", body.replace("Els", "Jan"),
                "Idempotency-Key", "abc-123");
        HttpResponse<String> otherKey = service.postJson("contact", body, "Idempotency-Key", "abc-124");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(otherBody.body()).contains("Idempotency-Key");
        assertThat(otherKey.statusCode()).isEqualTo(202);
        assertThat(service.store().count()).isEqualTo(2);
    }

    @Test
    void anIdempotentFormPostReplaysItsRedirect() throws Exception {
        HttpResponse<String> first = service.postForm("contact", validForm(), "Idempotency-Key", "form-1");
        HttpResponse<String> replay = service.postForm("contact", validForm(), "Idempotency-Key", "form-1");

        assertThat(replay.statusCode()).isEqualTo(303);
        assertThat(replay.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(service.store().count()).isEqualTo(1);
    }

    @Test
    void aFormPostWithoutJavaScriptSentTwiceIsOneLeadAndAnotherMessageIsAnother() throws Exception {
        // a plain post has no Idempotency-Key: a double click or "send again" posts the very same bytes
        HttpResponse<String> first = service.postForm("contact", validForm());
        HttpResponse<String> again = service.postForm("contact", validForm());
        Map<String, String> changed = validForm();
        changed.put("message", changed.get("message") + " En nog iets.");
        HttpResponse<String> other = service.postForm("contact", changed);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(other.statusCode()).isEqualTo(303);
        assertThat(service.store().count()).isEqualTo(2);
        assertThat(service.store().list(10)).extracting(s -> s.lead().fields().get("message"))
                .containsExactlyInAnyOrder(validForm().get("message"), changed.get("message"));
    }

    @Test
    void theSameJsonBodyWithoutAKeyIsOneLead() throws Exception {
        String body = JSON.writeValueAsString(validForm());
        HttpResponse<String> first = service.postJson("contact", body);
        HttpResponse<String> again = service.postJson("contact", body);

        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(service.store().count()).isEqualTo(1);
    }

    @Test
    void unknownFormsAndOtherMethodsAreRefused() throws Exception {
        assertThat(service.postForm("nope", validForm()).statusCode()).isEqualTo(404);
        HttpResponse<String> get = service.send(HttpRequest.newBuilder(service.uri("/leads/contact")).GET());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> xml = service.post("contact", "text/xml", "<lead/>");
        assertThat(xml.statusCode()).isEqualTo(415);
        HttpResponse<String> broken = service.postJson("contact", "{\"name\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(service.store().count()).isZero();
    }

    @Test
    void healthzReportsStorageAndTheDeliveryBacklog() throws Exception {
        service.postForm("contact", validForm());
        Map<String, String> another = validForm();
        another.put("message", "Een tweede vraag.");
        service.postForm("contact", another);

        HttpResponse<String> health = service.send(HttpRequest.newBuilder(service.uri("/healthz")).GET());

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("storage").asText()).isEqualTo("ok");
        assertThat(body.get("delivery").get("pending").asLong()).isEqualTo(2);
        assertThat(body.get("delivery").get("dead").asLong()).isZero();
        assertThat(body.get("delivery").has("oldestPendingSeconds")).isTrue();
    }

    @Test
    void leadsWithoutAMatchTakeDurableRoundRobinTurns() throws Exception {
        Map<String, String> form = validForm();
        form.put("organisation", "Gemeente Nergensdorp");
        form.put("municipality", "Nergensdorp");
        form.put("source_kind", "page");
        form.put("source_slug", "");
        form.put("source_services", "");
        for (int i = 0; i < 4; i++) {
            form.put("message", "Vraag " + i); // four leads, not one sent four times
            assertThat(service.postForm("contact", form).statusCode()).isEqualTo(303);
        }
        List<String> managers = service.store().list(10).stream().map(s -> s.lead().routing().managerId()).toList();
        assertThat(service.store().list(10)).allSatisfy(
                s -> assertThat(s.lead().routing().ruleId()).isEqualTo("pool-nieuwe-klanten"));
        // newest first: turns 3, 2, 1, 0 of [an-peeters, bram-claes, lotte-janssens]
        assertThat(managers).containsExactly("an-peeters", "lotte-janssens", "bram-claes", "an-peeters");
    }
}
