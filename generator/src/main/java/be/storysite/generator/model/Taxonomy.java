package be.storysite.generator.model;

import java.util.List;
import java.util.Optional;

/** The terms of one taxonomy in one language, sorted by label. */
public record Taxonomy(TaxonomyKind kind, List<Term> terms) {

    public Taxonomy {
        terms = List.copyOf(terms);
    }

    public Optional<Term> term(String slug) {
        return terms.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public String key() {
        return kind.key();
    }
}
