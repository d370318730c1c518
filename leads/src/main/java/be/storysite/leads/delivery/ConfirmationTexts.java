package be.storysite.leads.delivery;

import java.util.Map;

/**
 * The confirmation mail's sentences per language. Only the prospect's name and our own data (the company, the
 * manager) are filled in: nothing else the prospect typed, so the form cannot be used to send arbitrary text to
 * arbitrary addresses.
 *
 * @param subject {@code %s} = the company (sender name)
 * @param greeting {@code %s} = the prospect's name
 * @param greetingWithoutName when the name is empty
 * @param thanks {@code %s} = the company
 * @param contact {@code %s} = the relationship manager's name
 * @param footer why they got this mail
 */
record ConfirmationTexts(String subject, String greeting, String greetingWithoutName, String thanks, String contact,
                         String footer) {

    private static final Map<String, ConfirmationTexts> BY_LANG = Map.of(
            "nl", new ConfirmationTexts("Bedankt voor uw bericht aan %s", "Beste %s,", "Beste,",
                    "Bedankt voor uw bericht aan %s. We hebben het goed ontvangen.",
                    "%s, uw contactpersoon, neemt zo snel mogelijk contact met u op.",
                    "U ontvangt deze automatische bevestiging omdat dit e-mailadres op ons contactformulier werd"
                            + " ingevuld. Was u dat niet, dan mag u deze mail negeren."),
            "fr", new ConfirmationTexts("Merci pour votre message à %s", "Bonjour %s,", "Bonjour,",
                    "Merci pour votre message à %s. Nous l'avons bien reçu.",
                    "%s, votre personne de contact, vous contactera dans les meilleurs délais.",
                    "Vous recevez cette confirmation automatique parce que cette adresse e-mail a été indiquée dans"
                            + " notre formulaire de contact. Si ce n'était pas vous, vous pouvez ignorer ce message."),
            "en", new ConfirmationTexts("Thank you for your message to %s", "Dear %s,", "Hello,",
                    "Thank you for your message to %s. We have received it.",
                    "%s, your contact person, will get in touch with you as soon as possible.",
                    "You receive this automatic confirmation because this e-mail address was entered in our contact"
                            + " form. If that was not you, you can ignore this message."));

    static ConfirmationTexts of(String lang) {
        return BY_LANG.get(Languages.of(lang));
    }
}
