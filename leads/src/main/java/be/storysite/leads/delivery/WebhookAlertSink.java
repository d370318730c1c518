package be.storysite.leads.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs an alert as signed JSON ({@code {"kind":"DEAD_LETTER","leadId":...}}) to an operator webhook, with the
 * same signature headers as the CRM webhook. One try, bounded by the timeout: a failure is logged, never thrown
 * (the log line from {@link LogAlertSink} is already there).
 */
public final class WebhookAlertSink implements AlertSink {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAlertSink.class);

    private final SignedJsonPost post;
    private final ObjectMapper mapper = new ObjectMapper();

    public WebhookAlertSink(WebhookSettings settings, Clock clock) {
        this.post = new SignedJsonPost(settings, clock);
    }

    @Override
    public void alert(Alert alert) {
        try {
            HttpResponse<String> response = post.post(json(alert), "alert-" + alert.jobId() + "-" + alert.kind());
            if (response.statusCode() / 100 != 2) {
                LOG.warn("alert webhook {} answered HTTP {} for lead {}", post.settings().url(),
                        response.statusCode(), alert.leadId());
            }
        } catch (IOException e) {
            LOG.warn("alert webhook {} failed for lead {}: {}", post.settings().url(), alert.leadId(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("alert webhook {} interrupted for lead {}", post.settings().url(), alert.leadId());
        }
    }

    private String json(Alert alert) {
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", alert.kind().name());
        root.put("at", alert.at().toString());
        root.put("leadId", alert.leadId());
        root.put("jobId", alert.jobId());
        root.put("channel", alert.channel().name());
        root.put("recipient", alert.recipient());
        root.put("attempts", alert.attempts());
        root.put("reason", alert.reason());
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }
}
