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

    /** The full build's: every story analysed. */
    public SearchStep() {
        this(ModelMemo.NONE);
    }

    /**
     * @param memo keeps each story's body text and terms for the next build with the same memo; the caller
     *     calls {@link ModelMemo#nextBuild} before each build
     */
    public SearchStep(ModelMemo memo) {
        this.memo = memo;
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
            files.putAll(index(language, urls, memo).files());
            return language;
        });
        return new TreeMap<>(files);
    }

    static SearchIndex index(LanguageSite language, Map<Story, String> urls, ModelMemo memo) {
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
        // made one at a time as the index reads them: all bodies' text at once was 10 KB per story held
        Stream<SearchDocument> documents = stories.stream().map(s -> new SearchDocument(urls.get(s), s.title(),
                s.customer(), s.summary(), text(s, labels.getOrDefault(s, new StringBuilder()), memo)));
        SearchLanguage searched = SearchLanguage.of(language.code());
        TextAnalyzer analyzer = new TextAnalyzer(searched);
        // a pure function of the document's text, so the text is the whole key: an unchanged story is not analysed
        return SearchIndex.build(searched, documents, d -> memo.derive(new ModelMemo.Slot(d.url(), "search_terms"),
                d.text(), text -> List.copyOf(new LinkedHashSet<>(analyzer.terms(text)))), facets);
    }

    /** Everything a query may match: the header's words, the facet labels and the body's text. */
    private static String text(Story story, CharSequence labels, ModelMemo memo) {
        String body = memo.derive(new ModelMemo.Slot(story.meta().id(), "search_body"), story.meta().html(),
                html -> Jsoup.parseBodyFragment(html).text());
        return String.join(" ", story.title(), story.customer(), story.municipality().orElse(""), story.person(),
                story.role(), story.quote(), story.summary(), labels, body);
    }
}
