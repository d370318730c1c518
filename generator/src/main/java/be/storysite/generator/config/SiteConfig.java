package be.storysite.generator.config;

import java.util.List;
import java.util.Map;

/**
 * The site configuration, read from {@code site.yaml} by {@link SiteConfigLoader}. Documented key by key in
 * {@code docs/generator.md}.
 *
 * <pre>{@code
 * SiteConfig config = new SiteConfigLoader().load(Path.of("site.yaml"), Optional.empty(), problems);
 * config.language("fr").sections().stories();   // "temoignages"
 * }</pre>
 *
 * @param title the site title (a language may override it)
 * @param description the site description (a language may override it)
 * @param baseUrl the absolute URL the site is served at, without a trailing slash, e.g. {@code https://www.vicinia.be}
 * @param defaultLanguage the language served at the root, e.g. {@code nl}
 * @param languages every language, default first
 * @param pageSize how many stories a list page shows
 * @param featuredCount how many stories the home page shows
 * @param feedSize how many stories a feed holds
 * @param leadsEndpoint where forms post, e.g. {@code /leads} (same origin) or {@code https://leads.example.be/leads}
 * @param contactForm the id of the form under {@code contact-forms/} that story and service pages end with
 * @param organization the publisher
 * @param markdown how raw HTML in content is treated
 * @param plain every key of the file as plain values, for templates ({@code config.title}); JBake's
 *     {@code site_host} is added
 */
public record SiteConfig(String title, String description, String baseUrl, String defaultLanguage,
        List<LanguageConfig> languages, int pageSize, int featuredCount, int feedSize, String leadsEndpoint,
        String contactForm, Organization organization, MarkdownConfig markdown, Map<String, Object> plain) {

    public SiteConfig {
        languages = List.copyOf(languages);
        plain = Map.copyOf(plain);
    }

    public LanguageConfig language(String code) {
        // a loop, not a stream: URLs and page models ask this several times per page
        for (LanguageConfig language : languages) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("no language '" + code + "' in site.yaml");
    }

    public boolean hasLanguage(String code) {
        return languages.stream().anyMatch(l -> l.code().equals(code));
    }

    public List<String> languageCodes() {
        return languages.stream().map(LanguageConfig::code).toList();
    }

    /** {@code https://www.vicinia.be/klantverhalen/} for {@code /klantverhalen/}. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
