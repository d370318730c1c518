package be.storysite.generator.config;

import static be.storysite.generator.schema.FieldSpec.choice;
import static be.storysite.generator.schema.FieldSpec.optional;
import static be.storysite.generator.schema.FieldSpec.required;
import static be.storysite.generator.schema.ValueType.BOOLEAN;
import static be.storysite.generator.schema.ValueType.INTEGER;
import static be.storysite.generator.schema.ValueType.MAPPING;
import static be.storysite.generator.schema.ValueType.TEXT;
import static be.storysite.generator.schema.ValueType.TEXT_LIST;

import be.storysite.generator.schema.Schema;
import java.util.List;

/** The keys of {@code site.yaml}, as data: the loader checks them and docs/generator.md explains them. */
final class ConfigSchemas {

    static final Schema SITE = new Schema("site.yaml", List.of(
            required("title", TEXT, "the site's name, shown in titles", "title: Vicinia"),
            optional("description", TEXT, "the default meta description", "description: IT voor lokale besturen"),
            optional("base_url", TEXT, "the absolute URL the site is served at", "base_url: https://www.vicinia.be"),
            optional("default_language", TEXT, "the language served at the root", "default_language: nl"),
            optional("pagination", INTEGER, "stories per list page", "pagination: 9"),
            optional("featured", INTEGER, "stories shown on the home page", "featured: 3"),
            optional("feed_size", INTEGER, "stories per Atom feed", "feed_size: 20"),
            optional("leads_endpoint", TEXT, "where contact forms post", "leads_endpoint: /leads"),
            optional("contact_form", TEXT, "the form under contact-forms/ shown on story and service pages",
                    "contact_form: contact"),
            optional("organization", MAPPING, "the publisher", "organization: {name: Vicinia}"),
            optional("markdown", MAPPING, "how raw HTML in Markdown is treated", "markdown: {raw_html: sanitised}"),
            optional("share_cards", BOOLEAN, "whether stories, services and home pages get a share card (og:image)",
                    "share_cards: false"),
            optional("search", BOOLEAN, "whether the story lists get a search form and a static search index",
                    "search: false"),
            required("languages", MAPPING, "the site's languages, default first", "languages: {nl: {...}}")));

    static final Schema ORGANIZATION = new Schema("site.yaml organization", List.of(
            required("name", TEXT, "the publisher's name", "name: Vicinia"),
            optional("url", TEXT, "its home page", "url: https://www.vicinia.be"),
            optional("logo", TEXT, "a site path of its logo", "logo: /assets/images/logo.svg"),
            optional("email", TEXT, "a public e-mail address", "email: info@vicinia.be"),
            optional("telephone", TEXT, "a public phone number", "telephone: +32 16 00 00 00"),
            optional("same_as", TEXT_LIST, "profiles elsewhere", "same_as: [https://www.linkedin.com/company/x]")));

    static final Schema MARKDOWN = new Schema("site.yaml markdown", List.of(
            choice("raw_html", false, "whether raw HTML in content is sanitised (the default) or trusted as written",
                    List.of("sanitised", "trusted")),
            optional("iframe_hosts", TEXT_LIST, "hosts a sanitised <iframe> may show",
                    "iframe_hosts: [www.youtube-nocookie.com, player.vimeo.com]")));

    static final Schema LANGUAGE = new Schema("site.yaml language", List.of(
            required("name", TEXT, "the language's own name for the language switch", "name: Nederlands"),
            required("locale", TEXT, "the locale for dates and hreflang", "locale: nl-BE"),
            optional("title", TEXT, "the site title in this language", "title: Vicinia"),
            optional("description", TEXT, "the site description in this language", "description: ..."),
            required("sections", MAPPING, "the URL words of this language", "sections: {stories: klantverhalen}")));

    static final Schema SECTIONS = new Schema("site.yaml sections", List.of(
            required("stories", TEXT, "the story section", "stories: klantverhalen"),
            required("services", TEXT, "the service section", "services: diensten"),
            required("page", TEXT, "the pagination word", "page: pagina"),
            required("sector", TEXT, "the sector filter", "sector: sector"),
            required("service", TEXT, "the by-service filter", "service: dienst"),
            required("region", TEXT, "the region filter", "region: regio"),
            required("tag", TEXT, "the tag pages", "tag: tag")));

    private ConfigSchemas() {
    }
}
