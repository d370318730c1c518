package be.storysite.leads.http;

import be.storysite.forms.Languages;
import java.util.Map;

/**
 * The few sentences of the pages the service renders itself (invalid input, storage failure), in nl, fr and en.
 *
 * <pre>{@code
 * PageTexts.of("fr").invalidTitle();   // "Vérifiez vos données"
 * }</pre>
 */
record PageTexts(String invalidTitle, String invalidIntro, String requiredMark, String choose,
                 String unavailableTitle, String unavailableIntro, String unavailableContact, String phone,
                 String retry, String unknownForm) {

    private static final Map<String, PageTexts> ALL = Map.of(
            "nl", new PageTexts(
                    "Controleer je gegevens",
                    "Niet alle velden zijn goed ingevuld. Pas deze velden aan:",
                    "verplicht",
                    "Kies…",
                    "Je vraag is niet verzonden",
                    "Door een technisch probleem konden we je vraag nu niet bewaren. Er is niets verstuurd.",
                    "Mail je vraag rechtstreeks naar",
                    "of bel",
                    "Of probeer het over enkele minuten opnieuw: wat je typte staat hieronder nog klaar.",
                    "Dit formulier bestaat niet."),
            "fr", new PageTexts(
                    "Vérifiez vos données",
                    "Certains champs ne sont pas correctement remplis. Corrigez ces champs :",
                    "obligatoire",
                    "Choisissez…",
                    "Votre question n'a pas été envoyée",
                    "Un problème technique nous a empêchés d'enregistrer votre question. Rien n'a été envoyé.",
                    "Envoyez votre question directement à",
                    "ou appelez le",
                    "Ou réessayez dans quelques minutes : ce que vous avez saisi est conservé ci-dessous.",
                    "Ce formulaire n'existe pas."),
            "en", new PageTexts(
                    "Please check your details",
                    "Some fields are not filled in correctly. Please correct these fields:",
                    "required",
                    "Choose…",
                    "Your question was not sent",
                    "A technical problem kept us from storing your question. Nothing was sent.",
                    "Please e-mail your question directly to",
                    "or call",
                    "Or try again in a few minutes: what you typed is kept below.",
                    "This form does not exist."));

    static PageTexts of(String lang) {
        return ALL.get(Languages.orDefault(lang));
    }
}
