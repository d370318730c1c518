package be.storysite.generator.model;

import be.storysite.generator.config.LanguageConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published content of one language, sorted and grouped once so that no page has to search.
 *
 * @param language the language's configuration
 * @param stories newest first
 * @param services by {@code order}, then title
 * @param pages by title
 * @param documents JBake-style documents, newest first
 * @param taxonomies sector, service, region and tag, in that order
 * @param storiesByService the stories naming each service slug, newest first
 */
public record LanguageSite(LanguageConfig language, List<Story> stories, List<Service> services, List<Page> pages,
        List<Document> documents, List<Taxonomy> taxonomies, Map<String, List<Story>> storiesByService) {

    public LanguageSite {
        stories = List.copyOf(stories);
        services = List.copyOf(services);
        pages = List.copyOf(pages);
        documents = List.copyOf(documents);
        taxonomies = List.copyOf(taxonomies);
        storiesByService = Map.copyOf(storiesByService);
    }

    public String code() {
        return language.code();
    }

    public Taxonomy taxonomy(TaxonomyKind kind) {
        return taxonomies.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    public List<Story> storiesOf(String serviceSlug) {
        return storiesByService.getOrDefault(serviceSlug, List.of());
    }

    public Optional<Service> service(String slug) {
        return services.stream().filter(s -> s.meta().slug().equals(slug)).findFirst();
    }

    public List<Story> featured(int count) {
        List<Story> featured = stories.stream().filter(Story::featured).limit(count).toList();
        return featured.isEmpty() ? stories.stream().limit(count).toList() : featured;
    }
}
