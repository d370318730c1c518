package be.storysite.leads.delivery;

import java.time.Clock;
import java.util.Optional;

/**
 * Where alerts go. Deliberately not e-mail: when leads cannot be delivered the SMTP server is the first suspect, so
 * alerts go to the log ({@link LogAlertSink}) and, optionally, to a webhook ({@link WebhookAlertSink}, e.g. a chat
 * channel or an incident tool). An implementation never throws: an alert that cannot be sent must not stop the
 * worker.
 *
 * <pre>{@code
 * AlertSink alerts = AlertSink.standard(settings.alertWebhook(), Clock.systemUTC());
 * alerts.alert(alert);
 * }</pre>
 */
@FunctionalInterface
public interface AlertSink {

    void alert(Alert alert);

    /** The log line always, plus the webhook when one is configured. */
    static AlertSink standard(Optional<WebhookSettings> webhook, Clock clock) {
        AlertSink log = new LogAlertSink();
        if (webhook.isEmpty()) {
            return log;
        }
        AlertSink hook = new WebhookAlertSink(webhook.get(), clock);
        return alert -> {
            log.alert(alert);
            hook.alert(alert);
        };
    }
}
