package be.storysite.leads.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything delivery needs from the configuration, filled by the service's config loader.
 *
 * <pre>{@code
 * DeliverySettings local = DeliverySettings.embedded(siteDir, "leads@vicinia.be", "Vicinia");
 * DeliverySettings prod = local.withMailServer(SmtpSettings.of("smtp.vicinia.be", 587).withStartTls(true))
 *         .withConfirmation(true);
 * }</pre>
 *
 * @param senderAddress the From address of every mail (and the domain of the Message-IDs)
 * @param senderName the From display name, e.g. {@code Vicinia}; also used in the confirmation mail
 * @param mailServer SMTP or a local Maildir
 * @param retry backoff and maximum age
 * @param batchSize jobs claimed at once
 * @param concurrency jobs sent in parallel
 * @param pollInterval how often the worker looks for due retries (new leads also wake it at once)
 * @param lease how long a claimed job stays reserved for this worker; longer than one attempt can take
 * @param confirmation whether the prospect gets a confirmation mail
 * @param crmWebhook the optional CRM webhook
 * @param alertWebhook the optional webhook for dead-letter alerts (the log line is always written)
 * @param templates the site's {@code templates/} folder; the mails come from its {@code mail/} sub-folder
 */
public record DeliverySettings(String senderAddress, String senderName, MailServer mailServer, RetryPolicy retry,
                               int batchSize, int concurrency, Duration pollInterval, Duration lease,
                               boolean confirmation, Optional<WebhookSettings> crmWebhook,
                               Optional<WebhookSettings> alertWebhook, Path templates) {

    public DeliverySettings {
        if (HeaderText.singleAddress(senderAddress).isEmpty()) {
            throw new IllegalArgumentException("delivery sender address '" + senderAddress
                    + "' is not one plain e-mail address: set it to e.g. leads@vicinia.be");
        }
        senderName = HeaderText.singleLine(senderName);
        Objects.requireNonNull(mailServer, "mailServer");
        Objects.requireNonNull(retry, "retry");
        if (batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("delivery batch size and concurrency must be at least 1");
        }
        if (pollInterval == null || pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("delivery poll interval must be positive");
        }
        if (lease == null || lease.isZero() || lease.isNegative()) {
            throw new IllegalArgumentException("delivery lease must be positive");
        }
        crmWebhook = crmWebhook == null ? Optional.empty() : crmWebhook;
        alertWebhook = alertWebhook == null ? Optional.empty() : alertWebhook;
        Objects.requireNonNull(templates, "templates");
    }

    /**
     * Local work: Maildir under {@code var/mail/}, standard retry, no confirmation, no webhooks, the mail templates
     * in {@code templates/mail/}.
     */
    public static DeliverySettings embedded(Path siteDir, String senderAddress, String senderName) {
        return new DeliverySettings(senderAddress, senderName, MaildirSettings.under(siteDir), RetryPolicy.standard(),
                20, 4, Duration.ofSeconds(5), Duration.ofMinutes(5), false, Optional.empty(), Optional.empty(),
                siteDir.resolve("templates"));
    }

    public DeliverySettings withMailServer(MailServer server) {
        return new DeliverySettings(senderAddress, senderName, server, retry, batchSize, concurrency, pollInterval,
                lease, confirmation, crmWebhook, alertWebhook, templates);
    }

    public DeliverySettings withRetry(RetryPolicy policy) {
        return new DeliverySettings(senderAddress, senderName, mailServer, policy, batchSize, concurrency,
                pollInterval, lease, confirmation, crmWebhook, alertWebhook, templates);
    }

    public DeliverySettings withPolling(int batch, int threads, Duration interval, Duration leaseTime) {
        return new DeliverySettings(senderAddress, senderName, mailServer, retry, batch, threads, interval, leaseTime,
                confirmation, crmWebhook, alertWebhook, templates);
    }

    public DeliverySettings withConfirmation(boolean enabled) {
        return new DeliverySettings(senderAddress, senderName, mailServer, retry, batchSize, concurrency,
                pollInterval, lease, enabled, crmWebhook, alertWebhook, templates);
    }

    public DeliverySettings withWebhooks(Optional<WebhookSettings> crm, Optional<WebhookSettings> alerts) {
        return new DeliverySettings(senderAddress, senderName, mailServer, retry, batchSize, concurrency,
                pollInterval, lease, confirmation, crm, alerts, templates);
    }

    /** The same settings with the mail templates of another site's {@code templates/} folder. */
    public DeliverySettings withTemplates(Path folder) {
        return new DeliverySettings(senderAddress, senderName, mailServer, retry, batchSize, concurrency,
                pollInterval, lease, confirmation, crmWebhook, alertWebhook, folder);
    }
}
