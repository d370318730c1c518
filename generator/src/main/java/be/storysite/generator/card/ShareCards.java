package be.storysite.generator.card;

import java.util.Map;
import java.util.Optional;

/**
 * The share cards of a build: for each page that has one, its card's URL and alt text (the PNG files themselves
 * went to the output as they were drawn).
 *
 * <pre>{@code
 * ShareCards cards = pipeline.run(new CardsStep(cache), new CardsStep.Input(site, plan, out::write));
 * cards.of("/klantverhalen/lindebeek/").map(ShareCards.Card::url);  // /klantverhalen/lindebeek/share-card.png
 * }</pre>
 *
 * @param cards by the URL of the page they belong to
 */
public record ShareCards(Map<String, Card> cards) {

    /** No cards: {@code share_cards: false}, or a JBake project. */
    public static final ShareCards NONE = new ShareCards(Map.of());

    public ShareCards {
        cards = Map.copyOf(cards);
    }

    /**
     * One page's card.
     *
     * @param url the card's site path, e.g. {@code /klantverhalen/lindebeek/share-card.png}
     * @param alt what it shows, in the page's language (from {@code share_card_alt*} in the UI strings)
     */
    public record Card(String url, String alt) {
        public int width() {
            return CardDesign.WIDTH;
        }

        public int height() {
            return CardDesign.HEIGHT;
        }
    }

    /** The card of the page at {@code pageUrl}, if it has one. */
    public Optional<Card> of(String pageUrl) {
        return Optional.ofNullable(cards.get(pageUrl));
    }
}
