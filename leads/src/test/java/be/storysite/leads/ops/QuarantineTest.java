package be.storysite.leads.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.app.LeadService;
import be.storysite.leads.http.TestService;
import be.storysite.leads.store.QuarantinedLead;
import be.storysite.leads.store.Release;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3, quarantine: a post under the time trap is answered like a success, stored in quarantine, not
 * mailed, listed; released, it is delivered once through a real SMTP server, and a second release changes nothing.
 */
class QuarantineTest {

    @TempDir
    Path temp;

    @Test
    void aTooFastPostIsKeptListedAndDeliveredOnceWhenReleased() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        String mail = "mail: {transport: smtp, from: leads@vicinia.example, smtp: {host: 127.0.0.1, port: "
                + smtp.getSmtp().getPort() + ", starttls: false}}\ndelivery: {poll_interval_seconds: 1}\n";
        try (TestService service = TestService.start(temp, TestService.GENEROUS_RATE, mail)) {
            Map<String, String> autofilled = TestService.validForm();
            autofilled.put("elapsed_ms", "2500");
            autofilled.put("email", "snelle.prospect@lindebeek.example");
            HttpResponse<String> answer = service.postJson("contact", new ObjectMapper().writeValueAsString(autofilled));
            assertThat(answer.statusCode()).isEqualTo(202);
            String id = new ObjectMapper().readTree(answer.body()).get("id").asText();

            LeadOps ops = new LeadOps(service.store(), Clock.systemUTC());
            assertThat(ops.quarantined(10)).singleElement().satisfies(q -> {
                assertThat(q.lead().id()).isEqualTo(id);
                assertThat(q.lead().field("email")).isEqualTo("snelle.prospect@lindebeek.example");
                assertThat(q.lead().routing().managerEmail()).isEqualTo("an.peeters@vicinia.example");
                assertThat(q.reason()).isEqualTo("time trap: sent 2500 ms after the page loaded (minimum 3000 ms)");
            });
            assertThat(ops.list(10)).as("not among the leads to follow up").isEmpty();
            // an ordinary lead posted after it is delivered: the worker ran, and still did not send the quarantined one
            assertThat(service.postForm("contact", TestService.validForm()).statusCode()).isEqualTo(303);
            assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
            assertThat(recipientsOfMailsAbout(smtp, "snelle.prospect")).isEmpty();

            var plan = LeadService.deliveryPlan(TestService.config(temp, TestService.GENEROUS_RATE, mail));
            assertThat(ops.release(id, plan)).isInstanceOf(Release.Released.class);
            assertThat(ops.quarantined(10)).isEmpty();
            assertThat(smtp.waitForIncomingEmail(20_000, 2)).as("the released lead is delivered").isTrue();
            assertThat(ops.release(id, plan)).isInstanceOf(Release.NotQuarantined.class);
            assertThat(ops.release("no-such-id", plan)).isInstanceOf(Release.NotFound.class);
            // give a wrong second delivery every chance to happen (several polls) before counting
            TimeUnit.SECONDS.sleep(3);
            assertThat(recipientsOfMailsAbout(smtp, "snelle.prospect")).containsExactly("an.peeters@vicinia.example");
            assertThat(service.store().find(id).orElseThrow().jobs()).singleElement()
                    .satisfies(job -> assertThat(job.state().name()).isEqualTo("DELIVERED"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aFilledHoneypotIsQuarantinedWithItsReasonAndForgottenWithTheAddress() throws Exception {
        try (TestService service = TestService.start(temp)) {
            Map<String, String> robot = TestService.validForm();
            robot.put("website", "http://spam.example");
            robot.put("email", "robot@spam.example");
            assertThat(service.postForm("contact", robot).statusCode()).isEqualTo(303);
            LeadOps ops = new LeadOps(service.store(), Clock.systemUTC());
            assertThat(ops.quarantined(10)).extracting(QuarantinedLead::reason)
                    .containsExactly("honeypot: the hidden field meant for robots was filled");
            assertThat(ops.forget("ROBOT@spam.example")).isEqualTo(1);
            assertThat(ops.quarantined(10)).isEmpty();
        }
    }

    private static List<String> recipientsOfMailsAbout(GreenMail smtp, String needle) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (raw(message).contains(needle)) {
                to.add(((InternetAddress) message.getAllRecipients()[0]).getAddress());
            }
        }
        return to;
    }

    private static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
