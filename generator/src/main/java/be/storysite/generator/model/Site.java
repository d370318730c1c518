package be.storysite.generator.model;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.config.SiteConfig;
import java.util.List;
import java.util.Map;

/**
 * Everything the build publishes, after the {@link PublishingRules}: what is not here appears nowhere.
 *
 * <pre>{@code
 * Site site = new SiteBuilder(config, rules).build(contents, problems);
 * site.language("fr").stories();        // French stories, newest first
 * site.translationsOf(story);           // the same story in the other languages
 * }</pre>
 *
 * @param config the site configuration
 * @param published every published content item, in all languages
 * @param loaded every content item read, published or not (JBake's {@code all_content})
 * @param languages the content per language, in the order of site.yaml
 * @param translations published items by translation group ({@code type:key}), then by language
 * @param previewReasons why an item would not be published, by {@link ContentMeta#id()}; only in preview and
 *     {@code --drafts}/{@code --future} builds
 */
public record Site(SiteConfig config, List<Content> published, List<Content> loaded,
        List<LanguageSite> languages, Map<String, Map<String, Content>> translations,
        Map<String, List<PreviewReason>> previewReasons) {

    public Site {
        published = List.copyOf(published);
        loaded = List.copyOf(loaded);
        languages = List.copyOf(languages);
        translations = Map.copyOf(translations);
        previewReasons = Map.copyOf(previewReasons);
    }

    public LanguageSite language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    /** The item in each language it exists in, itself included, keyed by language code. */
    public Map<String, Content> translationsOf(Content content) {
        return translations.getOrDefault(groupKey(content), Map.of(content.meta().lang(), content));
    }

    /** The errors of the files a preview shows as drafts listing them (stand-ins), sorted by file and line. */
    public List<Diagnostic> errorsShownOnPages() {
        return loaded.stream().flatMap(c -> c.meta().problems().stream()).sorted().toList();
    }

    public List<PreviewReason> previewReasons(Content content) {
        return previewReasons.getOrDefault(content.meta().id(), List.of());
    }

    static String groupKey(Content content) {
        return content.meta().type() + ":" + content.meta().translationKey();
    }
}
