package be.storysite.generator.config;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlReader;
import be.storysite.generator.schema.Fields;
import be.storysite.generator.schema.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code site.yaml}. Every problem is reported with its line; the result is empty when the file cannot
 * give a usable configuration.
 *
 * <pre>{@code
 * Optional<SiteConfig> config = new SiteConfigLoader().load(source.resolve("site.yaml"), baseUrlOption, problems);
 * }</pre>
 */
public final class SiteConfigLoader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final SchemaValidator validator = new SchemaValidator();

    public Optional<SiteConfig> load(Path file, Optional<String> baseUrlOverride, Diagnostics problems) {
        if (!Files.isRegularFile(file)) {
            problems.error(SourcePosition.of(file), "the site has no configuration file site.yaml",
                    "create site.yaml with at least  title:  and  languages:  (see docs/generator.md)");
            return Optional.empty();
        }
        YamlNode root;
        try {
            root = YamlReader.read(Files.readString(file, StandardCharsets.UTF_8), file, 0);
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(root instanceof YamlMapping mapping)) {
            problems.error(root.position(), "site.yaml must be a mapping of  key: value  lines, not "
                    + root.describe(), "start with  title: Your site");
            return Optional.empty();
        }
        int errorsBefore = problems.errors().size();
        SourcePosition end = SourcePosition.of(file, 1, 1);
        Fields site = validator.validate(mapping, ConfigSchemas.SITE, end, problems);
        List<LanguageConfig> languages = languages(site, file, problems);
        Organization organization = site.mapping("organization")
                .map(m -> organization(m, problems))
                .orElse(new Organization(site.text("title").orElse(""), "", "", "", "", List.of()));
        String baseUrl = trimSlash(baseUrlOverride.orElse(site.text("base_url").orElse("http://localhost:8080")));
        String defaultLanguage = site.text("default_language")
                .orElse(languages.isEmpty() ? "nl" : languages.get(0).code());
        if (!languages.isEmpty() && languages.stream().noneMatch(l -> l.code().equals(defaultLanguage))) {
            problems.error(site.position("default_language"), "default_language '" + defaultLanguage
                    + "' is not one of the languages", "use one of: " + String.join(", ",
                    languages.stream().map(LanguageConfig::code).toList()));
        }
        if (problems.errors().size() > errorsBefore) {
            return Optional.empty();
        }
        List<LanguageConfig> ordered = withPrefixes(languages, defaultLanguage);
        Map<String, Object> plain = new LinkedHashMap<>(PlainValues.map(mapping));
        plain.put("base_url", baseUrl);
        plain.put("site_host", baseUrl);
        return Optional.of(new SiteConfig(site.text("title").orElseThrow(), site.text("description").orElse(""),
                baseUrl, defaultLanguage, ordered, positive(site, "pagination", 12, problems),
                positive(site, "featured", 3, problems), positive(site, "feed_size", 20, problems),
                trimSlash(site.text("leads_endpoint").orElse("/leads")), site.text("contact_form").orElse("contact"),
                organization, markdown(site, problems), plain));
    }

    private MarkdownConfig markdown(Fields site, Diagnostics problems) {
        return site.mapping("markdown").map(m -> {
            Fields f = validator.validate(m, ConfigSchemas.MARKDOWN, m.position(), problems);
            List<String> hosts = f.texts("iframe_hosts");
            return new MarkdownConfig(f.text("raw_html").orElse("sanitised").equals("trusted"),
                    hosts.isEmpty() ? MarkdownConfig.DEFAULT_IFRAME_HOSTS : hosts);
        }).orElse(MarkdownConfig.DEFAULT);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static int positive(Fields fields, String key, int fallback, Diagnostics problems) {
        long value = fields.integer(key).orElse((long) fallback);
        if (value < 1) {
            problems.error(fields.position(key), "site.yaml: '" + key + "' must be at least 1", "e.g.  " + key
                    + ": " + fallback);
            return fallback;
        }
        return (int) value;
    }

    private List<LanguageConfig> languages(Fields site, Path file, Diagnostics problems) {
        List<LanguageConfig> result = new ArrayList<>();
        YamlMapping all = site.mapping("languages").orElse(null);
        if (all == null) {
            return result;
        }
        for (YamlMapping.Entry entry : all.entries()) {
            String code = entry.name();
            if (!(entry.value() instanceof YamlMapping lang)) {
                problems.error(entry.value().position(), "site.yaml: language '" + code + "' must be a mapping",
                        "give it  name:, locale:  and  sections:");
                continue;
            }
            Fields f = validator.validate(lang, ConfigSchemas.LANGUAGE, entry.key().position(), problems);
            Optional<Sections> sections = f.mapping("sections").map(m -> sections(m, entry, problems));
            if (f.text("name").isEmpty() || f.text("locale").isEmpty() || sections.isEmpty()) {
                continue;
            }
            result.add(new LanguageConfig(code, f.text("name").get(), Locale.forLanguageTag(f.text("locale").get()),
                    "", f.text("title").orElse(site.text("title").orElse("")),
                    f.text("description").orElse(site.text("description").orElse("")), sections.get()));
        }
        if (result.isEmpty() && problems.errors().isEmpty()) {
            problems.error(site.position("languages"), "site.yaml lists no language",
                    "add e.g.  nl: {name: Nederlands, locale: nl-BE, sections: {...}}");
        }
        return result;
    }

    private Sections sections(YamlMapping m, YamlMapping.Entry language, Diagnostics problems) {
        Fields f = validator.validate(m, ConfigSchemas.SECTIONS, m.position(), problems);
        for (String key : List.of("stories", "services", "page", "sector", "service", "region", "tag")) {
            f.text(key).filter(v -> !SLUG.matcher(v).matches()).ifPresent(v -> problems.error(f.position(key),
                    "site.yaml: section word '" + v + "' of language '" + language.name()
                            + "' must be a URL slug", "use lowercase letters, digits and hyphens, e.g. klantverhalen"));
        }
        return new Sections(f.text("stories").orElse("stories"), f.text("services").orElse("services"),
                f.text("page").orElse("page"), f.text("sector").orElse("sector"), f.text("service").orElse("service"),
                f.text("region").orElse("region"), f.text("tag").orElse("tag"));
    }

    private Organization organization(YamlMapping m, Diagnostics problems) {
        Fields f = validator.validate(m, ConfigSchemas.ORGANIZATION, m.position(), problems);
        return new Organization(f.text("name").orElse(""), f.text("url").orElse(""), f.text("logo").orElse(""),
                f.text("email").orElse(""), f.text("telephone").orElse(""), f.texts("same_as"));
    }

    /** The default language lives at the root; every other one under {@code /<code>}. */
    private static List<LanguageConfig> withPrefixes(List<LanguageConfig> languages, String defaultLanguage) {
        List<LanguageConfig> ordered = new ArrayList<>();
        for (LanguageConfig l : languages) {
            LanguageConfig withPrefix = new LanguageConfig(l.code(), l.name(), l.locale(),
                    l.code().equals(defaultLanguage) ? "" : "/" + l.code(), l.title(), l.description(), l.sections());
            if (l.code().equals(defaultLanguage)) {
                ordered.add(0, withPrefix);
            } else {
                ordered.add(withPrefix);
            }
        }
        return ordered;
    }
}
