package be.storysite.leads.http;

import be.storysite.forms.FormDefinition;
import be.storysite.forms.Languages;
import be.storysite.forms.routing.Manager;
import freemarker.ext.beans.ResourceBundleModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.HTMLOutputFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The pages the lead service answers to a plain (no-JavaScript) post it cannot accept: 422 with the form again and
 * every error named, 503 with whom to contact instead. Rendered from {@code form-answer.ftlh} (auto-escaped HTML)
 * with its texts from {@code form-answer_<lang>.properties}, inside the built site's own page ({@link SiteShell})
 * when the service knows the site folder; without one (a lead service run alone), as a plain page.
 *
 * <pre>{@code
 * FormAnswerPage pages = new FormAnswerPage(Optional.of(Path.of("target/site")));
 * String html = pages.invalid(form, "fr", params, Map.of("email", "Indiquez une adresse e-mail valide…"));
 * }</pre>
 */
public final class FormAnswerPage {

    private static final String TEXTS = "be.storysite.leads.http.form-answer";

    private final Optional<SiteShell> shell;
    private final Configuration freemarker;

    /** @param site the built site folder whose pages frame the answers; empty for plain pages */
    public FormAnswerPage(Optional<Path> site) {
        this.shell = site.map(SiteShell::new);
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassForTemplateLoading(FormAnswerPage.class, "");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setDefaultEncoding("UTF-8");
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.freemarker = config;
    }

    /** The form again with what was typed, {@code errors} (message per field name) in the summary and beside each field. */
    public String invalid(FormDefinition form, String lang, Map<String, List<String>> params,
                          Map<String, String> errors) {
        return page(form, lang, FormAnswerModel.of(form, lang, params, errors, Optional.empty(), action(form)),
                "invalid_title");
    }

    /** The lead could not be stored: whom to contact instead, and the form with what was typed. */
    public String unavailable(FormDefinition form, String lang, Map<String, List<String>> params, Manager contact) {
        return page(form, lang, FormAnswerModel.of(form, lang, params, Map.of(), Optional.of(contact), action(form)),
                "unavailable_title");
    }

    /** One sentence of the texts, e.g. for the JSON answer of a storage failure. */
    public static String text(String lang, String key) {
        return texts(lang).getString(key);
    }

    private String page(FormDefinition form, String lang, Map<String, Object> data, String titleKey) {
        ResourceBundle texts = texts(lang);
        String title = texts.getString(titleKey);
        Map<String, Object> model = new HashMap<>(data);
        model.put("t", new ResourceBundleModel(texts, new freemarker.ext.beans.BeansWrapperBuilder(
                Configuration.VERSION_2_3_34).build()));
        model.put("title", title);
        String errorPage = form.errorPage(lang);
        if (shell.isPresent()) {
            model.put("standalone", false);
            Optional<String> framed = shell.get().wrap(errorPage, title + " – " + form.title(lang), render(model));
            if (framed.isPresent()) {
                return framed.get();
            }
        }
        model.put("standalone", true);
        return render(model);
    }

    private String render(Map<String, Object> model) {
        try {
            Template template = freemarker.getTemplate("form-answer.ftlh");
            StringWriter out = new StringWriter(8192);
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("the template form-answer.ftlh is missing from the build", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("form-answer.ftlh failed: " + e.getMessageWithoutStackTop(), e);
        }
    }

    private static String action(FormDefinition form) {
        return "/leads/" + form.id();
    }

    private static ResourceBundle texts(String lang) {
        return ResourceBundle.getBundle(TEXTS, Locale.forLanguageTag(Languages.orDefault(lang)),
                FormAnswerPage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
