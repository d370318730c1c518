package be.storysite.leads.delivery;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The mail templates of the site ({@code templates/mail/} in the site folder): Freemarker templates for the subject,
 * the plain-text part and the HTML part of each mail, and one {@code messages_<lang>.properties} per language with
 * their texts. {@code .ftlh} templates are HTML-escaped by Freemarker itself, so a value a visitor typed stays text.
 * Templates call {@code t("key", args...)} for a text in the mail's language.
 *
 * <pre>{@code
 * MailTemplates templates = MailTemplates.load(siteDir.resolve("templates"));   // DiagnosticException if unusable
 * String html = templates.render("confirmation.html.ftlh", "fr", model);
 * }</pre>
 */
public final class MailTemplates {

    /** The sub-folder of the site's {@code templates/} holding the mail templates and their texts. */
    public static final String FOLDER = "mail";
    /** Every template a mail needs; each one must exist. */
    public static final List<String> NAMES = List.of(
            "notification.subject.ftl", "notification.txt.ftl", "notification.html.ftlh",
            "confirmation.subject.ftl", "confirmation.txt.ftl", "confirmation.html.ftlh");
    private static final String STEP = "mail templates";

    private final Path folder;
    private final Configuration configuration;
    private final Map<String, MailMessages> messages;

    private MailTemplates(Path folder, Configuration configuration, Map<String, MailMessages> messages) {
        this.folder = folder;
        this.configuration = configuration;
        this.messages = Map.copyOf(messages);
    }

    /**
     * Reads the message files and parses every template of {@code templatesDir/mail/}.
     *
     * @throws DiagnosticException listing every missing file, unreadable message file and template that does not
     *     parse, each with its file, line and column
     */
    public static MailTemplates load(Path templatesDir) {
        Path folder = templatesDir.resolve(FOLDER).toAbsolutePath().normalize();
        Diagnostics problems = new Diagnostics();
        if (!Files.isDirectory(folder)) {
            throw new DiagnosticException(STEP, Diagnostic.error(SourcePosition.of(folder),
                    "the mail templates folder does not exist",
                    "copy templates/mail/ from the example site, or set mail.templates in the leads configuration"));
        }
        Map<String, MailMessages> messages = new HashMap<>();
        for (String lang : Languages.SUPPORTED) {
            Path file = folder.resolve("messages_" + lang + ".properties");
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                Map<String, String> texts = new HashMap<>();
                properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
                messages.put(lang, new MailMessages(lang, texts));
            } catch (IOException | IllegalArgumentException e) {
                problems.error(SourcePosition.of(file), "cannot read the mail texts: " + e.getMessage(),
                        "every language (" + String.join(", ", Languages.SUPPORTED.stream().sorted().toList())
                                + ") needs its messages_<lang>.properties in UTF-8");
            }
        }
        Configuration configuration = configuration(folder);
        for (String name : NAMES) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                problems.error(SourcePosition.of(file), "the mail template is missing",
                        "every mail needs " + String.join(", ", NAMES));
                continue;
            }
            try {
                configuration.getTemplate(name);
            } catch (ParseException e) {
                problems.error(SourcePosition.of(file, e.getLineNumber(), e.getColumnNumber()),
                        "the mail template does not parse: " + e.getEditorMessage(), "fix the template syntax");
            } catch (IOException e) {
                problems.error(SourcePosition.of(file), "cannot read the mail template: " + e.getMessage(),
                        "check the file's permissions");
            }
        }
        problems.throwIfErrors(STEP);
        return new MailTemplates(folder, configuration, messages);
    }

    private static Configuration configuration(Path folder) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        try {
            configuration.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setAPIBuiltinEnabled(false);
        // A mail template may not instantiate Java classes: it is edited by marketers, run on the server.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setNumberFormat("computer");
        configuration.setLocale(Locale.ROOT);
        return configuration;
    }

    /** The message file of {@code lang}, for diagnostics. */
    Path messagesFile(String lang) {
        return folder.resolve("messages_" + Languages.of(lang) + ".properties");
    }

    /** The texts of {@code lang} (one of nl, fr, en; anything else gets Dutch). */
    public MailMessages messages(String lang) {
        return messages.get(Languages.of(lang));
    }

    /**
     * Renders template {@code name} in {@code lang} with {@code model}; the model also gets {@code lang} and the
     * {@code t} method for the language's texts.
     *
     * @throws MailTemplateException when the template fails, with its file, line and column
     */
    public String render(String name, String lang, Map<String, Object> model) {
        MailMessages texts = messages(lang);
        Map<String, Object> full = new LinkedHashMap<>(model);
        full.put("lang", texts.lang());
        full.put("t", (TemplateMethodModelEx) args -> {
            if (args.isEmpty()) {
                throw new TemplateModelException("t(...) needs the key of a text, e.g. t(\"greeting\")");
            }
            Object[] values = new Object[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(i));
            }
            String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)));
            try {
                return texts.text(key, values);
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage());
            }
        });
        StringWriter out = new StringWriter(4096);
        Path file = folder.resolve(name);
        try {
            Template template = configuration.getTemplate(name);
            template.process(full, out);
        } catch (ParseException e) {
            throw new MailTemplateException(Diagnostic.error(SourcePosition.of(file, e.getLineNumber(),
                    e.getColumnNumber()), "the mail template does not parse: " + e.getEditorMessage(),
                    "fix the template syntax"), e);
        } catch (TemplateException e) {
            throw new MailTemplateException(Diagnostic.error(SourcePosition.of(file, orZero(e.getLineNumber()),
                    orZero(e.getColumnNumber())), firstLine(e.getMessageWithoutStackTop()) + blamed(e),
                    "fix the template or the text it names in messages_" + texts.lang() + ".properties"), e);
        } catch (IOException e) {
            throw new MailTemplateException(Diagnostic.error(SourcePosition.of(file),
                    "cannot read the mail template: " + e.getMessage(), "check that the file exists"), e);
        }
        return out.toString();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** Freemarker names the failing expression apart from its message: it is what the marketer must look for. */
    private static String blamed(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        return blamed == null ? "" : " (" + blamed + ")";
    }

    private static String firstLine(String message) {
        String text = message == null ? "template error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** A mail template that failed while rendering, as a diagnostic with its file, line and column. */
    public static final class MailTemplateException extends RuntimeException {
        private final transient Diagnostic diagnostic;

        MailTemplateException(Diagnostic diagnostic, Throwable cause) {
            super(diagnostic.toString(), cause);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
