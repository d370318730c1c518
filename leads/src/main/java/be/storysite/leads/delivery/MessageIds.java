package be.storysite.leads.delivery;

import be.storysite.leads.model.DeliveryChannel;
import java.util.Locale;

/**
 * Stable Message-IDs: the same lead and channel always give the same id, so when a crash between "sent" and
 * "marked delivered" makes the worker send a mail again, mail clients and tests can recognise the duplicate.
 *
 * <pre>{@code
 * MessageIds.of("01JD3Q", DeliveryChannel.MANAGER_MAIL, "leads@vicinia.be");   // "<lead-01JD3Q.manager@vicinia.be>"
 * }</pre>
 */
public final class MessageIds {

    private MessageIds() {
    }

    public static String of(String leadId, DeliveryChannel channel, String senderAddress) {
        String domain = senderAddress.substring(senderAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.-]", "");
        return "<lead-" + leadId.replaceAll("[^A-Za-z0-9._-]", "_") + "." + suffix(channel) + "@"
                + (domain.isEmpty() ? "storysite" : domain) + ">";
    }

    private static String suffix(DeliveryChannel channel) {
        return switch (channel) {
            case MANAGER_MAIL -> "manager";
            case CONFIRMATION_MAIL -> "confirmation";
            case CRM_WEBHOOK -> "crm";
        };
    }
}
