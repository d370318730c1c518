package be.storysite.leads.delivery;

import be.storysite.leads.delivery.DeliveryQueue.Claimed;
import be.storysite.leads.model.DeliveryChannel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The three delivery channels, each as a {@link ChannelSender}: the manager notification, the prospect's
 * confirmation, the CRM webhook.
 */
final class ChannelSenders {

    @FunctionalInterface
    private interface Composer {
        MimeMessage compose(Claimed claimed) throws MessagingException;
    }

    private ChannelSenders() {
    }

    static Map<DeliveryChannel, ChannelSender> of(NotificationComposer notification,
                                                  ConfirmationComposer confirmation, MailTransport mail,
                                                  Optional<WebhookTransport> crm) {
        Map<DeliveryChannel, ChannelSender> senders = new EnumMap<>(DeliveryChannel.class);
        senders.put(DeliveryChannel.MANAGER_MAIL,
                mail(c -> notification.compose(c.lead(), c.job()), mail));
        senders.put(DeliveryChannel.CONFIRMATION_MAIL,
                mail(c -> confirmation.compose(c.lead(), c.job()), mail));
        senders.put(DeliveryChannel.CRM_WEBHOOK, crm
                .<ChannelSender>map(webhook -> claimed -> webhook.send(claimed.lead()))
                .orElse(claimed -> new DeliveryOutcome.PermanentFailure(
                        "no CRM webhook is configured any more; configure one and resend the lead")));
        return senders;
    }

    /**
     * A mail channel: an invalid recipient address is permanent (it will never become valid); a message that cannot
     * be composed is temporary (a bug or bad data: retried until the maximum age raises the alert).
     */
    private static ChannelSender mail(Composer composer, MailTransport transport) {
        return claimed -> {
            MimeMessage message;
            try {
                message = composer.compose(claimed);
            } catch (AddressException e) {
                return new DeliveryOutcome.PermanentFailure(HeaderText.singleLine(e.getMessage() + ": "
                        + claimed.job().recipient()));
            } catch (MessagingException | RuntimeException e) {
                return new DeliveryOutcome.TemporaryFailure(HeaderText.singleLine("cannot compose the mail: " + e));
            }
            // compose() accepted the recipient, so it is one valid address: the envelope goes to exactly it.
            return transport.send(message, HeaderText.singleAddress(claimed.job().recipient()).orElseThrow());
        };
    }
}
