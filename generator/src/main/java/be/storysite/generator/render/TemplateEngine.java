package be.storysite.generator.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.LibraryLoad;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One FreeMarker configuration per build, reading {@code templates/}. Templates are parsed once and then shared
 * by all render threads (FreeMarker templates are thread-safe; the configuration is never changed after this
 * constructor).
 *
 * <p>A template {@code name} is looked up as {@code name.ftlh} (HTML, auto-escaped), {@code name.ftlx} (XML,
 * auto-escaped) and {@code name.ftl} (no escaping, as JBake's templates expect).
 *
 * <pre>{@code
 * TemplateEngine engine = new TemplateEngine(source.resolve("templates"));
 * String html = engine.render(engine.find("story").orElseThrow(), model, Locale.forLanguageTag("nl-BE"));
 * }</pre>
 */
public final class TemplateEngine {

    private static final List<String> EXTENSIONS = List.of(".ftlh", ".ftlx", ".ftl");

    private final Configuration configuration;
    private final Path directory;
    private final Map<String, Optional<Template>> found = new ConcurrentHashMap<>();

    public TemplateEngine(Path directory) {
        this(directory, false);
    }

    /**
     * @param jbake format like JBake does: numbers in the default locale's style ({@code 5,400}), the JVM's
     *     locale; otherwise numbers print as computers write them ({@code 2024}) and each page sets its locale
     */
    public TemplateEngine(Path directory, boolean jbake) {
        this.directory = directory;
        // JBake's templates are looked up per locale as JBake does; ours once for all languages when they can be
        configuration = jbake ? new Configuration(Configuration.VERSION_2_3_34)
                : OneParsePerTemplate.forFolder(Configuration.VERSION_2_3_34, directory);
        try {
            configuration.setTemplateLoader(new FileTemplateLoader(directory.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        if (!jbake) {
            configuration.setNumberFormat("computer"); // 2024, not 2.024
        }
        configuration.setTimeZone(TimeZone.getTimeZone("UTC")); // content dates are days, stored at UTC midnight
        // A build reads each template once; never look for changes while it runs.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    public Path directory() {
        return directory;
    }

    /**
     * Parses every page template of the folder ({@code story.ftlh}, ...; the layouts and macros they import are
     * parsed per language by {@link #warmImports}) into the cache, so that rendering finds them parsed. A template that
     * does not parse is left for {@link #find} to report when a page asks for it.
     */
    public TemplateEngine warm() {
        try (var files = Files.list(directory)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".ftl")).forEach(n -> {
                try {
                    find(n.substring(0, n.indexOf('.')));
                } catch (TemplateProblem e) {
                    // reported by the render step, with the page that needs the template
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // no templates folder: the render step says so
        }
        return this;
    }

    /**
     * Parses, for each of {@code locales}, the templates that the parsed page templates {@code #import} (and what
     * those import), e.g. {@code layout.ftlh} and {@code macros/form.ftlh}. FreeMarker keeps an imported template
     * once per locale of the page that imports it, so without this the first page of each language parsed them
     * again on the render threads, at times two threads the same one. Only imports named by a plain string are
     * followed; others, and {@code #include}s, are parsed on first use as before. A template that does not parse is
     * reported by the page that imports it, as it would be without this.
     *
     * <pre>{@code
     * engine.warm().warmImports(List.of(Locale.forLanguageTag("nl-BE"), Locale.forLanguageTag("fr-BE")));
     * }</pre>
     */
    public TemplateEngine warmImports(Collection<Locale> locales) {
        Set<String> imported = new TreeSet<>();
        found.values().forEach(t -> t.ifPresent(template -> imported.addAll(importsOf(template))));
        for (Locale locale : locales) {
            Deque<String> todo = new ArrayDeque<>(imported);
            Set<String> done = new HashSet<>();
            while (!todo.isEmpty()) {
                String name = todo.pop();
                if (!done.add(name)) {
                    continue;
                }
                try {
                    todo.addAll(importsOf(configuration.getTemplate(name, locale)));
                } catch (IOException | RuntimeException e) {
                    // the page that imports it reports it, with the same message as without this warm-up
                }
            }
        }
        return this;
    }

    /**
     * The templates {@code template} imports by a plain string, as names from the templates folder (a relative name
     * is relative to the importing template's folder, as FreeMarker resolves it).
     */
    @SuppressWarnings("deprecation") // Template.getImports: FreeMarker's only record of a template's #import lines
    private static List<String> importsOf(Template template) {
        String name = template.getName();
        String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        List<String> names = new ArrayList<>();
        for (Object load : template.getImports()) {
            String quoted = ((LibraryLoad) load).getTemplateName();
            if (quoted.length() > 2 && quoted.startsWith("\"") && quoted.endsWith("\"") && !quoted.contains("${")) {
                String target = quoted.substring(1, quoted.length() - 1);
                String path = target.startsWith("/") ? target.substring(1) : folder + target;
                names.add(Path.of(path).normalize().toString().replace('\\', '/'));
            }
        }
        return names;
    }

    /** The template called {@code name} (without extension), parsed once; empty when there is none. */
    public Optional<Template> find(String name) {
        return found.computeIfAbsent(name, this::load);
    }

    /** The template in file {@code fileName} (JBake names templates by file, e.g. {@code post.ftl}). */
    public Optional<Template> findFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? find(fileName) : found.computeIfAbsent(fileName, n -> load(n.substring(0, dot),
                List.of(n.substring(dot))));
    }

    private Optional<Template> load(String name) {
        return load(name, EXTENSIONS);
    }

    private Optional<Template> load(String name, List<String> extensions) {
        for (String extension : extensions) {
            if (Files.isRegularFile(directory.resolve(name + extension))) {
                try {
                    return Optional.of(configuration.getTemplate(name + extension));
                } catch (TemplateNotFoundException e) {
                    return Optional.empty();
                } catch (freemarker.core.ParseException e) {
                    throw new TemplateProblem(name + extension, e.getLineNumber(), e.getColumnNumber(),
                            e.getEditorMessage(), e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs {@code template} with {@code model} in {@code locale}; template errors become {@link TemplateProblem}. */
    public String render(Template template, Map<String, Object> model, Locale locale) {
        StringBuilderWriter out = new StringBuilderWriter(16 * 1024);
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            env.setLocale(locale);
            env.process();
        } catch (TemplateException e) {
            throw new TemplateProblem(template.getSourceName(), orZero(e.getLineNumber()),
                    orZero(e.getColumnNumber()), withBlamed(firstLine(e.getMessageWithoutStackTop()), e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * FreeMarker puts the failing expression on the line after its first ("... evaluated to null or missing:"
     * then "==> story.logo"): keep it, it is what the marketer must look for.
     */
    private static String withBlamed(String first, TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        return blamed == null || first.contains(blamed) ? first : first + " " + blamed;
    }

    private static String firstLine(String message) {
        String m = message == null ? "template error" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A template that cannot be parsed or fails while rendering, with the template's file and line. */
    public static final class TemplateProblem extends RuntimeException {
        private final String template;
        private final int line;
        private final int column;

        TemplateProblem(String template, int line, int column, String message, Throwable cause) {
            super(message, cause);
            this.template = template;
            this.line = line;
            this.column = column;
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }
}
