package be.storysite.generator.model;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.photo.Photo;
import be.storysite.generator.schema.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A customer story ("klantgetuigenis"), {@code content/stories/*.md}. Fields as in docs/content-model.md.
 *
 * @param logo a site path such as {@code /assets/images/logos/lindebeek.svg}, already checked to exist
 * @param approved the day the customer signed off its quotes; a story without it is not published
 * @param hero the photo at the top of its page ({@code hero}), checked, its variants planned
 * @param portrait the photo of the person who speaks ({@code portrait})
 */
public record Story(ContentMeta meta, String title, LocalDate date, String customer, String customerType,
        Optional<String> municipality, String person, String role, String quote, List<String> services,
        String sector, String region, List<String> tags, String summary, Optional<String> logo,
        List<Metric> metrics, Optional<LocalDate> approved, boolean featured, Optional<Photo> hero,
        Optional<Photo> portrait) implements Content {

    public Story {
        services = List.copyOf(services);
        tags = List.copyOf(tags);
        metrics = List.copyOf(metrics);
    }

    /**
     * A preview's stand-in: this story with {@code more} errors, naming only services that exist.
     *
     * <pre>{@code
     * Story shown = story.withProblems(List.of(unknownService), Set.of("werkplek"));
     * }</pre>
     */
    public Story withProblems(List<Diagnostic> more, Set<String> knownServices) {
        return new Story(meta.withProblems(more), title, date, customer, customerType, municipality, person, role,
                quote, services.stream().filter(knownServices::contains).toList(), sector, region, tags, summary, logo,
                metrics, approved, featured, hero, portrait);
    }
}
