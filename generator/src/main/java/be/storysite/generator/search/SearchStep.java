package be.storysite.generator.search;

import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.LanguageSite;
import be.storysite.generator.model.Site;
import be.storysite.generator.model.Story;
import be.storysite.generator.model.Taxonomy;
import be.storysite.generator.model.Term;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.plan.PageKind;
import be.storysite.generator.plan.PlannedPage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;

/**
 * Step {@code search}: writes the static search index of every language ({@link SearchIndex}) from the stories
 * the build publishes, one language per core. Facets are the story taxonomies (sector, service, region, tag) with
 * the term slugs of their static filter pages, so the list's filter form and those pages name the same values.
 * Off with {@code search: false} in {@code site.yaml}: no index, and the story lists have no search form.
 *
 * <pre>{@code
 * Map<String, byte[]> files = pipeline.run(new SearchStep(), new SearchStep.Input(site, plan));
 * files.forEach(out::write);
 * }</pre>
 *
 * The live preview passes a {@link ModelMemo} it keeps from update to update: a story's body text and its terms
 * are then derived again only when the text they come from differs ({@link ModelMemo#derive}), so an update
 * analyses the stories that changed, and the index is the same a full build writes.
 */
public final class SearchStep implements Step<SearchStep.Input, Map<String, byte[]>> {

    private final ModelMemo memo;
    private final KeptIndexes kept;

    /** The full build's: every story analysed. */
    public SearchStep() {
        this(ModelMemo.NONE, new KeptIndexes());
    }

    /**
     * @param memo keeps each story's body text and terms for the next build with the same memo; the caller
     *     calls {@link ModelMemo#nextBuild} before each build
     * @param kept last build's index files, of which an active memo's build makes again only those whose
     *     content changed
     */
    public SearchStep(ModelMemo memo, KeptIndexes kept) {
        this.memo = memo;
        this.kept = kept;
    }

    /** @param plan the pages of the build: a story's URL is its page's */
    public record Input(Site site, List<PlannedPage> plan) {
    }

    @Override
    public String name() {
        return "search";
    }

    /** Whether {@code site.yaml} asks for the search (the default) or says {@code search: false}. */
    public static boolean enabled(SiteConfig config) {
        return !Boolean.FALSE.equals(config.plain().get("search"));
    }

    @Override
    public Map<String, byte[]> run(Input input, BuildContext context) {
        if (!enabled(input.site().config())) {
            return Map.of();
        }
        Map<Story, String> urls = new IdentityHashMap<>();
        for (PlannedPage page : input.plan()) {
            if (page.kind() == PageKind.STORY && page.content().orElse(null) instanceof Story story) {
                urls.put(story, page.url());
            }
        }
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        context.parallel(name(), input.site().languages(), language -> {
            files.putAll(files(language, urls, memo, kept));
            return language;
        });
        return new TreeMap<>(files);
    }

    /** The language's index files: analysed story by story, or, with an active memo, out of what it kept. */
    private static Map<String, byte[]> files(LanguageSite language, Map<Story, String> urls, ModelMemo memo,
            KeptIndexes kept) {
        Corpus corpus = Corpus.of(language, urls);
        SearchLanguage searched = SearchLanguage.of(language.code());
        TextAnalyzer analyzer = new TextAnalyzer(searched);
        if (!memo.active()) {
            // made one at a time as the index reads them: all bodies' text at once was 10 KB per story held
            Stream<SearchDocument> documents = corpus.stories().stream().map(s -> new SearchDocument(urls.get(s),
                    s.title(), s.customer(), s.summary(), String.join(" ", parts(s, corpus.labels(s), memo))));
            return SearchIndex.build(searched, documents, d -> d, d -> terms(analyzer, d.text()), corpus.facets())
                    .files();
        }
        // The preview: a story's terms are a pure function of the parts of its text, which are mostly the very
        // strings of last update (an unchanged file keeps its objects), so comparing them is cheap and only a
        // changed story is analysed; each index file is a pure function of some stories' shown fields or terms
        // or of the facets, and only those whose inputs changed are made again (KeptIndex).
        List<Analysed> analysed = corpus.stories().stream().map(s -> {
            String url = urls.get(s);
            return new Analysed(url, s.title(), s.customer(), s.summary(), memo.derive(new ModelMemo.Slot(url,
                    "search_terms"), parts(s, corpus.labels(s), memo), p -> terms(analyzer, String.join(" ", p))));
        }).toList();
        return kept.files(searched, analysed, corpus.facets());
    }

    /** A document's distinct terms, in the order they first occur. */
    private static List<String> terms(TextAnalyzer analyzer, String text) {
        return List.copyOf(new LinkedHashSet<>(analyzer.terms(text)));
    }

    /** Everything a query may match: the header's words, the facet labels and the body's text. */
    private static List<String> parts(Story story, CharSequence labels, ModelMemo memo) {
        // keyed by the packed body itself, not its text: an unchanged file keeps the very same object, so an
        // update neither unpacks nor compares 1,000 bodies (a packed text is immutable: same object, same text)
        String body = memo.derive(new ModelMemo.Slot(story.meta().id(), "search_body"), story.meta().file().body(),
                packed -> Jsoup.parseBodyFragment(packed.text()).text());
        return List.of(story.title(), story.customer(), story.municipality().orElse(""), story.person(),
                story.role(), story.quote(), story.summary(), labels.toString(), body);
    }

    /** The stories a language's index holds, the facet labels of each, and the facets with their documents. */
    private record Corpus(List<Story> stories, Map<Story, StringBuilder> labelsOf,
            Map<String, Map<String, List<Integer>>> facets) {

        static Corpus of(LanguageSite language, Map<Story, String> urls) {
            List<Story> stories = language.stories().stream().filter(urls::containsKey).toList();
            Map<Story, Integer> numbers = new IdentityHashMap<>();
            stories.forEach(s -> numbers.put(s, numbers.size()));
            Map<Story, StringBuilder> labels = new IdentityHashMap<>();
            Map<String, Map<String, List<Integer>>> facets = new TreeMap<>();
            for (Taxonomy taxonomy : language.taxonomies()) {
                Map<String, List<Integer>> values = new TreeMap<>();
                for (Term term : taxonomy.terms()) {
                    List<Integer> docs = new ArrayList<>();
                    for (Story story : term.stories()) {
                        Integer n = numbers.get(story);
                        if (n != null) {
                            docs.add(n);
                            labels.computeIfAbsent(story, s -> new StringBuilder()).append(' ').append(term.label());
                        }
                    }
                    values.put(term.slug(), docs);
                }
                facets.put(taxonomy.key(), values);
            }
            return new Corpus(stories, labels, facets);
        }

        CharSequence labels(Story story) {
            return labelsOf.getOrDefault(story, new StringBuilder());
        }
    }
}
