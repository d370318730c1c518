package be.storysite.generator.card;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.cache.DerivedFiles;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.i18n.Messages;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.Service;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Story;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.plan.PageKind;
import be.storysite.generator.plan.PlannedPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Step {@code cards}: the share card (1200 × 630 PNG, {@code og:image}) of every story, service and home page, drawn
 * on all cores from the page's own text with the design in {@code templates/cards/} ({@link CardDesign}), each logo
 * drawn once ({@link Logos}). A card is kept in the build's {@link DerivedFiles} cache under the hash of all it is
 * drawn from (its texts, the logo's bytes, the design, its fonts and colours, {@link #VERSION}), so an unchanged
 * card is read back, not drawn. Off with {@code share_cards: false} in {@code site.yaml}.
 *
 * <pre>{@code
 * ShareCards cards = pipeline.run(new CardsStep(Optional.of(DerivedFiles.beside(output))),
 *         new CardsStep.Input(site, plan, out::write));
 * }</pre>
 *
 * A card is written beside its page under a fixed name, {@code share-card.png}: its URL does not change when its
 * drawing does, so a change to the design or to a logo redraws the cards but leaves every page's HTML as it was.
 */
public final class CardsStep implements Step<CardsStep.Input, ShareCards> {

    /** Change it when the drawing or encoding changes: every card is then drawn again. */
    static final String VERSION = "card-v1";
    /** The card's name beside its page. */
    public static final String FILE_NAME = "share-card.png";

    private final Optional<DerivedFiles> cache;
    private final CardOutput output;
    private final boolean keepDesign;
    /** The design, logos and texts read by the first run, when {@code keepDesign}. */
    private Resources kept;
    /**
     * Each card's words, kept from run to run while the page's content item, the configuration and the UI strings
     * are the same objects (with {@code keepDesign}; else {@link ModelMemo#NONE}): a preview update makes and
     * compares the ~1,000 cards' texts only for the pages whose content changed.
     */
    private final ModelMemo words;

    /**
     * @param cache where cards are kept between builds; empty for a build that writes nothing ({@code check}):
     *     then the design and the logos are checked and no card is drawn
     */
    public CardsStep(Optional<DerivedFiles> cache) {
        this(cache, CardOutput.DIRECT, false);
    }

    /**
     * @param output hands each card to the output ({@link CardOutput#DIRECT}: writes its bytes)
     * @param keepDesign whether every run of this step uses the design, logos and UI strings its first run read:
     *     for a caller that makes a new step whenever {@code templates/} or {@code assets/} changes (the live
     *     preview), so that an update does not read fonts and draw logos again
     */
    public CardsStep(Optional<DerivedFiles> cache, CardOutput output, boolean keepDesign) {
        this.cache = cache;
        this.output = output;
        this.keepDesign = keepDesign;
        this.words = keepDesign ? new ModelMemo() : ModelMemo.NONE;
    }

    /**
     * What a run reads from {@code templates/} and {@code assets/}, and the problems reading it gave.
     *
     * @param drawing empty when there is no valid card design
     */
    private record Resources(List<Diagnostic> problems, Messages messages, Optional<Drawing> drawing) {
    }

    /**
     * A card design and what draws with it, made together and kept together.
     *
     * @param painter draws the design's cards; kept with the design, as its background is a 2.9 MB image: made again
     *     on every preview update, that one allocation (a "humongous" object for G1) started a concurrent collection
     *     cycle after each save once the heap was small (docs/preview.md, "Latency")
     * @param png encodes the painter's cards (it keeps the background's compressed rows)
     */
    private record Drawing(CardDesign design, Logos logos, CardPainter painter, PngWriter png) {
        static Drawing of(CardDesign design, Path assets) {
            CardPainter painter = new CardPainter(design);
            return new Drawing(design, new Logos(assets, design.fonts().get(CardDesignReader.LOGO_FONT)), painter,
                    new PngWriter(painter.background()));
        }
    }

    /**
     * What the step needs.
     *
     * @param site the published site
     * @param plan every page planned
     * @param out receives each card's PNG by its file below the output folder, as it is drawn (from several
     *     threads), so that a build never holds all cards in memory
     */
    public record Input(Site site, List<PlannedPage> plan, BiConsumer<String, byte[]> out) {
    }

    @Override
    public String name() {
        return "cards";
    }

    /** Whether {@code site.yaml} asks for share cards (the default) or says {@code share_cards: false}. */
    public static boolean enabled(SiteConfig config) {
        return !Boolean.FALSE.equals(config.plain().get("share_cards"));
    }

    @Override
    public ShareCards run(Input input, BuildContext context) {
        SiteConfig config = input.site().config();
        if (!enabled(config)) {
            return ShareCards.NONE;
        }
        Path source = context.source();
        Resources resources = resources(source, config);
        context.problems().addAll(resources.problems());
        if (resources.drawing().isEmpty()) {
            return ShareCards.NONE;
        }
        Drawing drawing = resources.drawing().get();
        CardDesign design = drawing.design();
        Messages messages = resources.messages();
        Logos logos = drawing.logos();
        CardDesign.Box logoBox = design.elements().stream().filter(e -> e instanceof CardDesign.LogoBox)
                .map(CardDesign.Element::box).findFirst().orElse(null);
        CardPainter painter = drawing.painter();
        PngWriter png = drawing.png();
        List<PlannedPage> pages = input.plan().stream().filter(CardsStep::hasCard).toList();
        Map<String, String> problems = new ConcurrentHashMap<>();
        words.nextBuild();
        List<Drawn> drawn = context.parallel(name(), pages, p -> p.content().map(c -> c.meta().file().source()
                .path()).orElse(null), page -> {
                    Words said = words.derive(new ModelMemo.Slot(page.url(), "card_words"), new WordsInput(
                            page.lang(), page.content().orElse(null), config, messages), CardsStep::words);
                    CardText text = said.text();
                    Optional<Logos.Logo> logo = Optional.empty();
                    if (logoBox != null && text.logo().isPresent()) {
                        try {
                            logo = Optional.of(logos.get(text.logo().get(), logoBox.width(), logoBox.height()));
                        } catch (Logos.LogoProblem e) {
                            report(page, text.logo().get(), e.getMessage(), source, context.problems(), problems);
                            return null;
                        }
                    }
                    if (cache.isEmpty()) {
                        return new Drawn(page, said.alt());
                    }
                    Optional<Logos.Logo> shown = logo;
                    List<Object> inputs = new ArrayList<>(List.of(VERSION, design.fingerprint(),
                            shown.map(Logos.Logo::hash).orElse("")));
                    new TreeMap<>(text.fields()).forEach((field, value) -> {
                        inputs.add(field);
                        inputs.add(value);
                    });
                    output.put((page.url() + FILE_NAME).substring(1), inputs, () -> cache.get().get("cards",
                            DerivedFiles.key(inputs.toArray()), "png", () -> png.encode(painter.paint(text,
                                    shown.map(Logos.Logo::image)))), input.out());
                    return new Drawn(page, said.alt());
                });
        Map<String, ShareCards.Card> cards = new HashMap<>();
        for (Drawn d : drawn) {
            if (d != null) {
                cards.put(d.page().url(), new ShareCards.Card(d.page().url() + FILE_NAME, d.alt()));
            }
        }
        return new ShareCards(cards);
    }

    private synchronized Resources resources(Path source, SiteConfig config) {
        if (kept != null) {
            return kept;
        }
        Diagnostics own = new Diagnostics();
        Optional<CardDesign> design = new CardDesignReader(source).read(own);
        Messages messages = Messages.load(source.resolve("templates/i18n"), config.languageCodes(),
                config.defaultLanguage(), new Diagnostics()); // its warnings are the render step's to give
        Resources read = new Resources(own.all(), messages,
                design.map(d -> Drawing.of(d, source.resolve("assets"))));
        if (keepDesign) {
            kept = read;
        }
        return read;
    }

    private record Drawn(PlannedPage page, String alt) {
    }

    /** Stories, services and home pages have a card (in every language); pages whose URL is a folder only. */
    static boolean hasCard(PlannedPage page) {
        return (page.kind() == PageKind.STORY || page.kind() == PageKind.SERVICE || page.kind() == PageKind.HOME)
                && page.url().endsWith("/");
    }

    /**
     * All a card's words are made from ({@link #words} reads nothing else).
     *
     * @param content the page's content item; null for a home page
     * @param messages the UI strings, compared by identity (kept while {@code templates/} does not change)
     */
    private record WordsInput(String lang, Content content, SiteConfig config, Messages messages) {
    }

    /** A card's text and its alternative text. */
    private record Words(CardText text, String alt) {
    }

    private static Words words(WordsInput in) {
        return new Words(text(in.lang(), in.content(), in.config(), in.messages()),
                alt(in.lang(), in.content(), in.config(), in.messages()));
    }

    private static CardText text(String lang, Content content, SiteConfig config, Messages messages) {
        Map<String, String> fields = new HashMap<>();
        Optional<String> orgLogo = Optional.of(config.organization().logo()).filter(l -> !l.isEmpty());
        Optional<String> logo = orgLogo;
        if (content instanceof Story story) {
            fields.put("headline", fill(messages.get(lang, "card_quote"), story.quote()));
            fields.put("person", story.role().isBlank() ? story.person()
                    : fill(messages.get(lang, "card_person"), story.person(), story.role()));
            fields.put("organisation", story.customer());
            if (!story.metrics().isEmpty()) {
                fields.put("metric_value", story.metrics().get(0).value());
                fields.put("metric_label", story.metrics().get(0).label());
            }
            fields.put("site", config.language(lang).title());
            logo = story.logo().or(() -> orgLogo);
        } else if (content instanceof Service service) {
            fields.put("headline", service.title());
            fields.put("detail", service.summary());
            fields.put("site", config.language(lang).title());
        } else {
            fields.put("headline", config.language(lang).title());
            fields.put("detail", config.language(lang).description());
        }
        return new CardText(fields, logo);
    }

    private static String alt(String lang, Content content, SiteConfig config, Messages messages) {
        if (content instanceof Story story) {
            return fill(messages.get(lang, "share_card_alt_story"), story.person(), story.customer(), story.quote());
        }
        return fill(messages.get(lang, "share_card_alt"), Optional.ofNullable(content).map(Content::title)
                .orElseGet(() -> config.language(lang).title()));
    }

    /** {@code {0}}, {@code {1}}, ... of a UI string replaced by {@code args}. */
    private static String fill(String pattern, String... args) {
        String text = pattern;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", args[i]);
        }
        return text;
    }

    /** A logo that cannot be drawn: an error at the field that names it, once per file and field. */
    private static void report(PlannedPage page, String logo, String why, Path source, Diagnostics problems,
            Map<String, String> reported) {
        SourcePosition at;
        String field;
        if (page.content().orElse(null) instanceof Story story && story.logo().isPresent()) {
            at = story.meta().fields().position("logo");
            field = "logo";
        } else {
            at = SourcePosition.of(source.resolve("site.yaml"));
            field = "organization.logo";
        }
        if (reported.putIfAbsent(at + field, why) == null) {
            problems.error(at, "'" + field + "' names " + logo + ", which cannot be drawn on the share card: " + why,
                    "fix the file (open it in a browser to see what it shows), or name a PNG or SVG that works;"
                            + " share_cards: false in site.yaml turns the cards off");
        }
    }
}
