package be.storysite.generator.render;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.forms.FormDefinition;
import be.storysite.generator.contactform.FormView;
import be.storysite.generator.model.Content;
import be.storysite.generator.model.Site;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.Step;
import be.storysite.generator.pipeline.StepFailed;
import be.storysite.generator.postprocess.HtmlPostProcessor;
import be.storysite.generator.postprocess.ImageSizes;
import be.storysite.generator.postprocess.LinkLocator;
import be.storysite.generator.postprocess.PageSource;
import freemarker.template.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Step {@code render}: each page, on all cores, goes template → post-process (HTML only) → output. The template
 * configuration, the data shared by all pages and the post-processor are made once; a page only adds its own
 * data. Template errors are reported once per template line, not once per page.
 */
public final class RenderStep implements Step<RenderInput, Map<String, Integer>> {

    private final BuildStamp stamp;

    public RenderStep(BuildStamp stamp) {
        this.stamp = stamp;
    }

    @Override
    public String name() {
        return "render";
    }

    @Override
    public Map<String, Integer> run(RenderInput input, BuildContext context) {
        Site site = input.site();
        Path templatesDir = context.source().resolve("templates");
        TemplateEngine engine = new TemplateEngine(templatesDir);
        Map<String, Template> templates = templates(input.pages(), engine, context.problems());
        Messages messages = Messages.load(templatesDir.resolve("i18n"), site.config().languageCodes(),
                site.config().defaultLanguage(), context.problems());
        if (context.problems().hasErrors()) {
            throw new StepFailed(name());
        }
        Urls urls = new Urls(site.config());
        ContentViews views = new ContentViews(site, urls);
        Map<String, Map<String, Object>> forms = new HashMap<>();
        Set<String> written = new HashSet<>();
        input.pages().forEach(p -> written.add(p.url()));
        Set<String> unlisted = new HashSet<>();
        input.form().ifPresent(form -> {
            for (String lang : site.config().languageCodes()) {
                unlisted.add(form.thankYouPage(lang));
                unlisted.add(form.errorPage(lang));
            }
            site.config().languageCodes().forEach(l -> forms.put(l, FormView.of(form, l,
                    site.config().leadsEndpoint())));
            input.out().write("_forms/" + form.id() + ".json", form.toJson().getBytes(StandardCharsets.UTF_8));
            written.add("/_forms/" + form.id() + ".json");
        });
        PageModels models = new PageModels(site, urls, views, messages, forms, unlisted, context.options().preview(),
                stamp.date(), stamp.version());
        FeedModels feeds = new FeedModels(site, urls, views);
        List<Object> sitemap = feeds.sitemap(input.pages(), models, unlisted);
        HtmlPostProcessor post = new HtmlPostProcessor(written, input.assets(), new ImageSizes(),
                new LinkLocator(templatesDir), site.config().baseUrl());
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        Set<String> reported = ConcurrentHashMap.newKeySet();
        context.parallel(name(), input.pages(), page -> {
            Template template = templates.get(page.template());
            try {
                Map<String, Object> model = models.model(page);
                if (page.kind() == PageKind.FEED) {
                    model.put("feed", feeds.feed(page.lang()));
                } else if (page.kind() == PageKind.SITEMAP) {
                    model.put("sitemap", sitemap);
                }
                String text = engine.render(template, model, site.config().language(page.lang()).locale());
                if (page.html()) {
                    text = post.process(text, source(page, templatesDir, template), context.problems());
                }
                input.out().write(page.file(), text.getBytes(StandardCharsets.UTF_8));
                counts.computeIfAbsent(page.kind().label(), k -> new AtomicInteger()).incrementAndGet();
            } catch (TemplateEngine.TemplateProblem e) {
                if (reported.add(e.template() + ":" + e.line() + ":" + e.getMessage())) {
                    context.problems().error(SourcePosition.of(templatesDir.resolve(e.template()), e.line(),
                            e.column()), "render: " + e.getMessage(), "while rendering " + page.url()
                            + page.content().map(c -> " from " + c.meta().file().source().path()).orElse(""));
                }
            }
            return page;
        });
        Map<String, Integer> result = new HashMap<>();
        counts.forEach((k, v) -> result.put(k, v.get()));
        input.form().ifPresent(f -> result.put("form-definition", 1));
        return result;
    }

    /** Every template the pages need, parsed once; a missing or unparsable one is an error, once. */
    private static Map<String, Template> templates(List<PlannedPage> pages, TemplateEngine engine,
            Diagnostics problems) {
        Map<String, Template> templates = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        pages.forEach(p -> names.add(p.template()));
        for (String name : names) {
            try {
                engine.find(name).ifPresentOrElse(t -> templates.put(name, t), () -> problems.error(
                        SourcePosition.of(engine.directory().resolve(name + ".ftlh")),
                        "no template '" + name + "' for the " + kindOf(pages, name) + " pages",
                        "create templates/" + name + ".ftlh (see docs/generator.md for its data model)"));
            } catch (TemplateEngine.TemplateProblem e) {
                problems.error(SourcePosition.of(engine.directory().resolve(e.template()), Math.max(e.line(), 0),
                        Math.max(e.column(), 0)), "template syntax: " + e.getMessage(),
                        "fix the FreeMarker syntax at this line");
            }
        }
        return templates;
    }

    private static String kindOf(List<PlannedPage> pages, String template) {
        return pages.stream().filter(p -> p.template().equals(template)).findFirst()
                .map(p -> p.kind().label()).orElse(template);
    }

    private static PageSource source(PlannedPage page, Path templatesDir, Template template) {
        Path templateFile = templatesDir.resolve(template.getSourceName());
        Content content = page.content().orElse(null);
        return content == null ? new PageSource(page.url(), null, "", templateFile)
                : new PageSource(page.url(), content.meta().file().source().path(),
                        content.meta().file().source().text(), templateFile);
    }
}
