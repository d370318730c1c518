package be.storysite.generator.view;

import be.storysite.generator.model.LanguageSite;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Story;
import be.storysite.generator.model.Taxonomy;
import be.storysite.generator.model.TaxonomyKind;
import be.storysite.generator.model.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The same filter term in another language: sector "Welzijn" in Dutch is "Bien-être" in French. Terms are free
 * text per language, so they are matched by slug, else through their stories (the term whose stories are most
 * nearly the translations of this term's), and only when that holds both ways (so every {@code hreflang}
 * alternate points back).
 *
 * <pre>{@code
 * new TermTranslations(site).of(welzijn, TaxonomyKind.SECTOR, "fr");   // Optional[Term[slug=bien-etre, ...]]
 * }</pre>
 */
public final class TermTranslations {

    private final Site site;
    /** Per language and kind: the terms each story carries. */
    private final Map<String, Map<TaxonomyKind, Map<Story, List<Term>>>> termsOfStory = new HashMap<>();
    private final Map<Term, Map<String, Optional<Term>>> oneWay = new IdentityHashMap<>();

    public TermTranslations(Site site) {
        this.site = site;
        for (LanguageSite language : site.languages()) {
            Map<TaxonomyKind, Map<Story, List<Term>>> byKind = new HashMap<>();
            for (Taxonomy taxonomy : language.taxonomies()) {
                Map<Story, List<Term>> byStory = new IdentityHashMap<>();
                for (Term term : taxonomy.terms()) {
                    term.stories().forEach(s -> byStory.computeIfAbsent(s, k -> new ArrayList<>()).add(term));
                }
                byKind.put(taxonomy.kind(), byStory);
            }
            termsOfStory.put(language.code(), byKind);
        }
    }

    /** The term of kind {@code kind} in {@code lang} that is {@code term}'s translation, if both agree on it. */
    public Optional<Term> of(Term term, TaxonomyKind kind, String termLang, String lang) {
        if (termLang.equals(lang)) {
            return Optional.of(term);
        }
        Optional<Term> there = likeliest(term, kind, lang);
        return there.filter(t -> likeliest(t, kind, termLang).filter(back -> back == term).isPresent());
    }

    /**
     * The term of the same slug in {@code lang} (a service, a region or tag written alike), else the one whose
     * stories overlap most with the translations of {@code term}'s stories (Jaccard: shared over all of both, so
     * a broad term that holds one of them does not win over the exact one); none on a tie.
     */
    private synchronized Optional<Term> likeliest(Term term, TaxonomyKind kind, String lang) {
        return oneWay.computeIfAbsent(term, t -> new HashMap<>()).computeIfAbsent(lang, l -> {
            Optional<Term> sameSlug = site.language(l).taxonomy(kind).term(term.slug());
            if (sameSlug.isPresent()) {
                return sameSlug;
            }
            Map<Story, List<Term>> byStory = termsOfStory.getOrDefault(l, Map.of()).getOrDefault(kind, Map.of());
            Set<Story> translated = Collections.newSetFromMap(new IdentityHashMap<>());
            Map<Term, Integer> shared = new IdentityHashMap<>();
            for (Story story : term.stories()) {
                if (site.translationsOf(story).get(l) instanceof Story there && translated.add(there)) {
                    byStory.getOrDefault(there, List.of()).forEach(u -> shared.merge(u, 1, Integer::sum));
                }
            }
            Term best = null;
            double most = 0;
            boolean tie = false;
            for (Map.Entry<Term, Integer> candidate : shared.entrySet()) {
                int both = candidate.getValue();
                double overlap = (double) both / (translated.size() + candidate.getKey().count() - both);
                if (overlap > most) {
                    best = candidate.getKey();
                    most = overlap;
                    tie = false;
                } else if (overlap == most) {
                    tie = true;
                }
            }
            return tie ? Optional.empty() : Optional.ofNullable(best);
        });
    }
}
