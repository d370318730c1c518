package be.storysite.leads.store;

import be.storysite.forms.routing.RoutingReason;
import be.storysite.leads.model.Consent;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.Lead;
import be.storysite.leads.model.RoutingResult;
import be.storysite.leads.model.SourcePage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Sample leads for store tests. */
public final class TestLeads {

    private TestLeads() {
    }

    public static Lead lead(String id, String email, Instant receivedAt) {
        return new Lead(id, receivedAt, "contact", "v1abc",
                new SourcePage("/nl/verhalen/lindebeek/", "Lindebeek digitaliseert", "story", "lindebeek"),
                "https://www.google.be/", Map.of("utm_source", "newsletter", "utm_campaign", "herfst"), "nl",
                Map.of("name", "Els Peeters", "email", email, "organisation", "Gemeente Lindebeek",
                        "message", "Bel me \"eens\" terug, <b>graag</b>\nmet ümlauts"),
                new Consent(true, "2024-05"),
                new RoutingResult("an", "An Claes", "an@vicinia.example", "account-lindebeek", false,
                        "named account: Gemeente Lindebeek", new RoutingReason(RoutingReason.Kind.NAMED_ACCOUNT,
                                List.of("organisation", "Gemeente \"Lindebeek\" \u00e9"), "An Claes",
                                RoutingReason.Takeover.NONE, "")));
    }

    public static List<NewJob> managerMail() {
        return List.of(new NewJob(DeliveryChannel.MANAGER_MAIL, "an@vicinia.example"));
    }
}
