package be.storysite.generator.render;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.card.ShareCards;
import be.storysite.generator.contactform.FormView;
import be.storysite.generator.contactform.SiteForm;
import be.storysite.generator.contactform.StoryContacts;
import be.storysite.generator.i18n.Messages;
import be.storysite.generator.memo.ModelMemo;
import be.storysite.generator.model.Site;
import be.storysite.generator.pipeline.BuildContext;
import be.storysite.generator.pipeline.BuildStamp;
import be.storysite.generator.pipeline.StepFailed;
import be.storysite.generator.plan.PageKind;
import be.storysite.generator.plan.PlannedPage;
import be.storysite.generator.plan.Urls;
import be.storysite.generator.view.ContentViews;
import be.storysite.generator.view.FeedModels;
import be.storysite.generator.view.Descriptions;
import be.storysite.generator.view.PageModels;
import freemarker.template.Template;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the pages of one build: the templates, messages, data models and the finisher (the post-processor the
 * build passes in, {@link PageFinisher}) are made once by {@link #prepare}, then {@link #render} turns one page
 * into its bytes. The render step runs it over every page;
 * an incremental build runs it over the pages whose inputs changed.
 *
 * <pre>{@code
 * PageRenderer renderer = PageRenderer.prepare(new TemplateEngine(templates), site, plan, assets, form, context,
 *         stamp, PostProcessing::forBuild, ShareCards.NONE);
 * Optional<byte[]> bytes = renderer.render(page, renderer.model(page), context.problems());
 * renderer.reportTemplateErrors(context.problems());   // after all pages: each template error once
 * }</pre>
 */
public final class PageRenderer {

    private final Path templatesDir;
    private final TemplateEngine engine;
    private final Map<String, Template> templates;
    private final Site site;
    private final PageModels models;
    private final FeedModels feeds;
    private final List<Object> sitemap;
    private final PageFinisher finisher;
    private final Map<String, byte[]> formFiles;
    /**
     * Template errors met so far, one per template line and message, each with the page (smallest URL) that met
     * it: pages render in parallel, and which one fails first must not change what a build prints.
     */
    private final Map<String, TemplateFailure> failures = new ConcurrentHashMap<>();

    private record TemplateFailure(SourcePosition at, String message, PlannedPage page) {
        TemplateFailure first(TemplateFailure other) {
            return page.url().compareTo(other.page.url()) <= 0 ? this : other;
        }
    }

    private PageRenderer(TemplateEngine engine, Map<String, Template> templates, Site site, PageModels models,
            FeedModels feeds, List<Object> sitemap, PageFinisher finisher, Map<String, byte[]> formFiles) {
        this.templatesDir = engine.directory();
        this.engine = engine;
        this.templates = templates;
        this.site = site;
        this.models = models;
        this.feeds = feeds;
        this.sitemap = sitemap;
        this.finisher = finisher;
        this.formFiles = formFiles;
    }

    /**
     * Parses the templates the pages need and builds what all pages share; a missing or broken template, or a
     * messages problem, is reported and stops the step.
     *
     * @param finishing makes the finisher every HTML page goes through (the post-processor)
     */
    public static PageRenderer prepare(TemplateEngine engine, Site site, List<PlannedPage> pages, AssetIndex assets,
            Optional<SiteForm> form, BuildContext context, BuildStamp stamp, PageFinisher.Factory finishing,
            ShareCards cards) {
        return prepare(engine, site, pages, assets, form, context, stamp, finishing, cards, ModelMemo.NONE);
    }

    /**
     * @param cards the share cards of the pages ({@code page.share_card})
     * @param memo keeps data-model values from build to build (the live preview's; {@link ModelMemo})
     */
    public static PageRenderer prepare(TemplateEngine engine, Site site, List<PlannedPage> pages, AssetIndex assets,
            Optional<SiteForm> form, BuildContext context, BuildStamp stamp, PageFinisher.Factory finishing,
            ShareCards cards, ModelMemo memo) {
        Path templatesDir = engine.directory();
        Diagnostics own = new Diagnostics(); // only these stop the step: earlier steps' errors are already counted
        Map<String, Template> templates = templates(pages, engine, own);
        Messages messages = Messages.load(templatesDir.resolve("i18n"), site.config().languageCodes(),
                site.config().defaultLanguage(), own);
        context.problems().addAll(own.all());
        if (own.hasErrors()) {
            throw new StepFailed("templates");
        }
        Urls urls = new Urls(site.config());
        ContentViews views = new ContentViews(site, urls, memo, context.pool());
        Map<String, Map<String, Object>> forms = new HashMap<>();
        Set<String> written = new HashSet<>();
        pages.forEach(p -> written.add(p.url()));
        Set<String> unlisted = new HashSet<>();
        Map<String, byte[]> formFiles = new LinkedHashMap<>();
        form.map(SiteForm::definition).ifPresent(f -> {
            for (String lang : site.config().languageCodes()) {
                unlisted.add(f.thankYouPage(lang));
                unlisted.add(f.errorPage(lang));
            }
            site.config().languageCodes().forEach(l -> forms.put(l, FormView.of(f, l,
                    site.config().leadsEndpoint())));
            formFiles.put("_forms/" + f.id() + ".json", f.toJson().getBytes(StandardCharsets.UTF_8));
            written.add("/_forms/" + f.id() + ".json");
        });
        Descriptions descriptions = new Descriptions(site.config(), messages, context.source().resolve("site.yaml"),
                memo);
        // made on all cores first (Descriptions keeps each, and is concurrent): a preview update makes them all
        // anew, and the duplicate check below and every page's model then read them
        context.pool().submit(() -> pages.parallelStream().filter(PlannedPage::html).forEach(descriptions::of)).join();
        descriptions.reportDuplicates(pages, unlisted, context.problems());
        PageModels models = new PageModels(site, urls, views, messages, descriptions, forms,
                form.map(f -> new StoryContacts(f.routing())), unlisted, context.options().preview(), stamp.date(),
                stamp.version(), memo, cards);
        FeedModels feeds = new FeedModels(site, urls, views, memo);
        List<Object> sitemap = feeds.sitemap(pages, models, unlisted, context.pool());
        PageFinisher finisher = finishing.forBuild(written, assets, templatesDir, site.config().baseUrl());
        return new PageRenderer(engine, templates, site, models, feeds, sitemap, finisher, formFiles);
    }

    /** Files the build writes beside the pages: the contact form's definition ({@code _forms/<id>.json}). */
    public Map<String, byte[]> formFiles() {
        return Map.copyOf(formFiles);
    }

    /** The template file a page is rendered with, e.g. {@code story.ftlh}. */
    public String templateFile(PlannedPage page) {
        return templates.get(page.template()).getSourceName();
    }

    /** The complete data model of a page, as its template sees it. */
    public Map<String, Object> model(PlannedPage page) {
        Map<String, Object> model = models.model(page);
        if (page.kind() == PageKind.FEED) {
            model.put("feed", feeds.feed(page.lang()));
        } else if (page.kind() == PageKind.SITEMAP) {
            model.put("sitemap", sitemap);
        }
        return model;
    }

    /**
     * The page's bytes: template, then post-processing for HTML. Post-processing problems go to {@code problems};
     * a template error gives no bytes and is kept for {@link #reportTemplateErrors}, once per template line.
     */
    public Optional<byte[]> render(PlannedPage page, Map<String, Object> model, Diagnostics problems) {
        Template template = templates.get(page.template());
        try {
            String text = engine.render(template, model, site.config().language(page.lang()).locale());
            if (page.html()) {
                text = finisher.finish(text, page, templatesDir.resolve(template.getSourceName()), problems);
            }
            return Optional.of(text.getBytes(StandardCharsets.UTF_8));
        } catch (TemplateEngine.TemplateProblem e) {
            failures.merge(e.template() + ":" + e.line() + ":" + e.getMessage(), new TemplateFailure(
                    SourcePosition.of(templatesDir.resolve(e.template()), e.line(), e.column()),
                    "render: " + e.getMessage(), page), TemplateFailure::first);
            return Optional.empty();
        }
    }

    /**
     * Reports the template errors of the pages rendered since the last call, each once, naming the first page (by
     * URL) that met it; call it after a step's pages are rendered.
     */
    public void reportTemplateErrors(Diagnostics problems) {
        failures.values().forEach(f -> problems.error(f.at(), f.message(), "while rendering " + f.page().url()
                + f.page().content().map(c -> " from " + siteRelative(c.meta().file().source().path())).orElse("")));
        failures.clear();
    }

    /** {@code content/stories/x.md} rather than the absolute path, as every other message prints it. */
    private String siteRelative(Path file) {
        Path site = templatesDir.toAbsolutePath().getParent();
        Path abs = file.toAbsolutePath();
        return (site != null && abs.startsWith(site) ? site.relativize(abs) : file).toString().replace('\\', '/');
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
}
