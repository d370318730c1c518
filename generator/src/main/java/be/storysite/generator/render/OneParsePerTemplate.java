package be.storysite.generator.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A FreeMarker configuration that parses each template once for all languages, when the templates folder has no
 * localized variant ({@code layout_fr.ftlh}). FreeMarker keeps a template once per locale it was asked for, and a
 * page's {@code #import}s are asked for in the page's locale: a three-language site parsed its layout and macros
 * three times. Without variants every locale finds the same file, so looking up every template in one locale
 * changes nothing but that. A page still renders in its own locale
 * ({@link TemplateEngine#render} sets it on the page's environment), so what a template formats by locale stays so.
 *
 * <pre>{@code
 * Configuration configuration = OneParsePerTemplate.forFolder(Configuration.VERSION_2_3_34, templates);
 * }</pre>
 */
final class OneParsePerTemplate extends Configuration {

    /** {@code name_xx.ftlh}, {@code name_xx_YY.ftlh}: the file names of FreeMarker's localized lookup. */
    private static final Pattern VARIANT = Pattern.compile(".*_([a-zA-Z]{2,3})(_[a-zA-Z0-9]+)*\\.ftl[hx]?");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private OneParsePerTemplate(Version version) {
        super(version);
    }

    /**
     * One parse per template for {@code folder}, or FreeMarker's own configuration (a parse per template and locale)
     * when the folder holds a localized variant.
     */
    static Configuration forFolder(Version version, Path folder) {
        return hasLocalizedVariant(folder) ? new Configuration(version) : new OneParsePerTemplate(version);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
            boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        return super.getTemplate(name, Locale.ROOT, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
    }

    /** Whether a template's name ends like a localized variant's, e.g. {@code story_fr.ftlh} or {@code page_nl_BE.ftl}. */
    static boolean hasLocalizedVariant(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> isVariant(file.getFileName().toString()));
        } catch (NoSuchFileException e) {
            return false; // no templates: the render step says so
        } catch (IOException | UncheckedIOException e) {
            return true; // unreadable: keep FreeMarker's own lookup, its errors name the file
        }
    }

    static boolean isVariant(String fileName) {
        Matcher m = VARIANT.matcher(fileName);
        return m.matches() && LANGUAGES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
