package be.storysite.leads.delivery;

import jakarta.mail.internet.InternetAddress;

/** The configured From address (validated by {@link DeliverySettings}) with its display name. */
final class Senders {

    private Senders() {
    }

    static InternetAddress address(DeliverySettings settings) {
        InternetAddress plain = HeaderText.singleAddress(settings.senderAddress()).orElseThrow();
        return NotificationComposer.withName(plain, settings.senderName());
    }
}
