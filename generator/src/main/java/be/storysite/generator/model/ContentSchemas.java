package be.storysite.generator.model;

import static be.storysite.generator.schema.FieldSpec.choice;
import static be.storysite.generator.schema.FieldSpec.optional;
import static be.storysite.generator.schema.FieldSpec.required;
import static be.storysite.generator.schema.ValueType.BOOLEAN;
import static be.storysite.generator.schema.ValueType.DATE;
import static be.storysite.generator.schema.ValueType.INTEGER;
import static be.storysite.generator.schema.ValueType.METRIC_LIST;
import static be.storysite.generator.schema.ValueType.TEXT;
import static be.storysite.generator.schema.ValueType.TEXT_LIST;

import be.storysite.generator.load.ContentKind;
import be.storysite.generator.schema.FieldSpec;
import be.storysite.generator.schema.Schema;
import java.util.List;

/**
 * The header fields of each content type, as data (docs/content-model.md is the prose of the same). Public so that
 * {@code storysite new} writes exactly the fields the build checks:
 * {@code ContentSchemas.of(ContentKind.STORY).fields()}.
 */
public final class ContentSchemas {

    static final List<String> CUSTOMER_TYPES = List.of("gemeente", "ocmw", "politiezone", "hulpverleningszone",
            "intercommunale", "provincie", "welzijnsvereniging", "autonoom-gemeentebedrijf");

    private static final List<FieldSpec> COMMON = List.of(
            required("title", TEXT, "the page title", "title: Thuiswerken binnen drie dagen"),
            optional("summary", TEXT, "one or two sentences for lists and the meta description",
                    "summary: Hoe Lindebeek ..."),
            optional("date", DATE, "the publication date", "date: 2024-03-01"),
            choice("status", false, "draft or published", List.of("published", "draft")),
            optional("lang", TEXT, "the language", "lang: fr"),
            optional("translation", TEXT, "the key that links translations whose slugs differ",
                    "translation: lindebeek-thuiswerk"),
            optional("type", TEXT, "the content type, implied by the folder", "type: story"),
            optional("description", TEXT, "the meta description search engines and shares show, at most 160 "
                    + "characters; without it, the summary cut at 160 characters on a word boundary",
                    "description: Hoe Lindebeek in drie dagen thuis leerde werken, veilig en zonder VPN."));

    static final Schema STORY = new Schema("story front matter", COMMON).with(List.of(
            required("date", DATE, "the publication date", "date: 2024-03-01"),
            required("summary", TEXT, "one or two sentences for lists and the meta description",
                    "summary: Hoe Lindebeek zijn administratie in drie dagen thuis liet werken."),
            required("customer", TEXT, "the customer organisation", "customer: Gemeente Lindebeek"),
            choice("customer_type", true, "the kind of organisation", CUSTOMER_TYPES),
            optional("municipality", TEXT, "the municipality the customer serves", "municipality: Lindebeek"),
            required("person", TEXT, "who speaks", "person: Sofie Verlinden"),
            required("role", TEXT, "their role", "role: ICT-coördinator"),
            required("quote", TEXT, "the pull quote shown on lists and share cards",
                    "quote: \"Binnen drie dagen werkte iedereen thuis.\""),
            required("services", TEXT_LIST, "slugs of the service pages this story is about",
                    "services: [werkplek-in-de-cloud]"),
            required("sector", TEXT, "the sector filter", "sector: lokale besturen"),
            required("region", TEXT, "the province", "region: Vlaams-Brabant"),
            optional("tags", TEXT_LIST, "free tags", "tags: [thuiswerk, cloud]"),
            optional("logo", TEXT, "an image under assets/", "logo: images/logos/lindebeek.svg"),
            optional("metrics", METRIC_LIST, "key figures", "metrics: [{value: \"90%\", label: thuis aan de slag}]"),
            optional("approved", DATE, "the day the customer signed off its quotes", "approved: 2024-02-20"),
            optional("featured", BOOLEAN, "shown on the home page", "featured: true"),
            optional("hero", TEXT, "a photo at the top of the page: a JPEG or PNG under assets/, at least 1600 "
                    + "pixels wide for sharp screens (the build makes the smaller sizes)",
                    "hero: images/photos/lindebeek-gemeentehuis.jpg"),
            optional("hero_alt", TEXT, "what the hero photo shows, in the page's language (required with hero)",
                    "hero_alt: \"Het gemeentehuis van Lindebeek bij zonsopgang\""),
            optional("portrait", TEXT, "a photo of the person who speaks: a JPEG or PNG under assets/, square, at "
                    + "least 480 pixels wide", "portrait: images/photos/sofie-verlinden.jpg"),
            optional("portrait_alt", TEXT, "what the portrait shows, in the page's language (required with "
                    + "portrait)", "portrait_alt: \"Sofie Verlinden aan haar bureau\"")));

    static final Schema SERVICE = new Schema("service front matter", COMMON).with(List.of(
            required("summary", TEXT, "for lists and the meta description", "summary: Werkplekken die ..."),
            optional("order", INTEGER, "position in lists, low first", "order: 1"),
            optional("icon", TEXT, "an image under assets/", "icon: images/icons/werkplek.svg"),
            optional("image", TEXT, "an image under assets/", "image: images/werkplek.jpg"),
            optional("hero", TEXT, "a photo at the top of the page: a JPEG or PNG under assets/, at least 1600 "
                    + "pixels wide", "hero: images/photos/werkplek.jpg"),
            optional("hero_alt", TEXT, "what the hero photo shows, in the page's language (required with hero)",
                    "hero_alt: \"Een medewerker aan een lege bureautafel met laptop\"")));

    static final Schema PAGE = new Schema("page front matter", COMMON).with(List.of(
            optional("form", BOOLEAN, "end the page with the contact form", "form: true")));

    /** JBake documents may carry any metadata; {@code type} names their template. */
    static final Schema DOCUMENT = new Schema("document header", COMMON).with(List.of(
            required("type", TEXT, "the template to render it with, e.g. post or page", "type=post"),
            choice("status", false, "published or draft", List.of("published", "draft", "published-date")),
            optional("tags", TEXT_LIST, "free tags", "tags=cloud,werkplek"))).named("document header", true);

    public static Schema of(ContentKind kind) {
        return switch (kind) {
            case STORY -> STORY;
            case SERVICE -> SERVICE;
            case PAGE -> PAGE;
            case DOCUMENT -> DOCUMENT;
        };
    }

    private ContentSchemas() {
    }
}
