package be.storysite.generator.model;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.config.PlainValues;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.load.ContentKind;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.photo.AssetPaths;
import be.storysite.generator.photo.Photo;
import be.storysite.generator.photo.PhotoProbe;
import be.storysite.generator.photo.PhotoRole;
import be.storysite.generator.schema.Fields;
import be.storysite.generator.schema.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.SourcePosition;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * Turns one parsed file into a typed {@link Content}, checking its header against its type's schema. Checks
 * that need the other files (service slugs, duplicate slugs) are the {@link SiteBuilder}'s.
 *
 * <pre>{@code
 * Optional<Content> story = factory.create(parsedFile, problems);   // with errors: a stand-in, meta().broken()
 * }</pre>
 *
 * <p>Stateless apart from its configuration: one instance serves all parse threads.
 */
public final class ContentFactory {

    private final SiteConfig config;
    private final Path assetsDir;
    private final boolean errorsOnPage;
    private final SchemaValidator validator = new SchemaValidator();
    private final PhotoProbe photos;

    /**
     * @param errorsOnPage a preview: a file's errors are shown on its page and not reported as build errors, so
     *     that the preview keeps working while a writer fills in a new story
     */
    public ContentFactory(SiteConfig config, Path assetsDir, boolean errorsOnPage) {
        this.config = config;
        this.assetsDir = assetsDir;
        this.errorsOnPage = errorsOnPage;
        this.photos = new PhotoProbe(assetsDir);
    }

    public Optional<Content> create(ParsedFile file, Diagnostics problems) {
        SourceFile source = file.source();
        Diagnostics own = new Diagnostics();
        Fields f = validator.validate(file.header().fields(), ContentSchemas.of(source.kind()), file.header().end(),
                file.problems().isEmpty() ? own : new Diagnostics()); // unreadable: its own errors, not "needs title"
        file.problems().forEach(own::add);
        String lang = language(source, f, own);
        String type = type(source, f, own);
        Optional<String> logo = image(f, "logo", own);
        Optional<String> icon = image(f, "icon", own);
        Optional<String> image = image(f, "image", own);
        boolean photographed = source.kind() == ContentKind.STORY || source.kind() == ContentKind.SERVICE;
        Optional<Photo> hero = photographed ? photos.probe(f, "hero", PhotoRole.HERO, own) : Optional.empty();
        Optional<Photo> portrait = source.kind() == ContentKind.STORY
                ? photos.probe(f, "portrait", PhotoRole.PORTRAIT, own) : Optional.empty();
        problems.addAll(errorsOnPage ? own.warnings() : own.all());
        // With errors the item is still made, as a stand-in of what could be read: a preview shows it as a draft
        // listing them, and in a build, links to it from other files are not reported as broken on top of them.
        // a story always has a date (lists are sorted by it): a stand-in without one sorts last
        Optional<LocalDate> date = source.kind() == ContentKind.STORY ? Optional.of(f.date("date")
                .orElse(LocalDate.EPOCH)) : f.date("date");
        ContentMeta meta = new ContentMeta(source.kind(), type, source.slug(), lang,
                f.text("translation").orElse(source.slug()), date, f.text("status").orElse("published"),
                file.forModel(), header(file, f, own), f, own.errors()); // validated: its YAML tree is not kept
        String title = f.text("title").orElse(source.slug());
        String summary = f.text("summary").orElse("");
        return Optional.of(switch (source.kind()) {
            case STORY -> new Story(meta, title, date.orElseThrow(), f.text("customer").orElse(""),
                    f.text("customer_type").orElse(""), f.text("municipality"), f.text("person").orElse(""),
                    f.text("role").orElse(""), f.text("quote").orElse(""), f.texts("services"),
                    f.text("sector").orElse(""), f.text("region").orElse(""), f.texts("tags"), summary, logo,
                    f.metrics("metrics"), f.date("approved"), f.flag("featured"), hero, portrait);
            case SERVICE -> new Service(meta, title, summary,
                    (int) Math.min(Integer.MAX_VALUE, f.integer("order").orElse((long) Integer.MAX_VALUE)), icon, image,
                    hero);
            case PAGE -> new Page(meta, title, summary, f.flag("form"));
            case DOCUMENT -> new Document(meta, title, summary, f.texts("tags"));
        });
    }

    /**
     * The header's values for templates; a stand-in's leaves out the values that are in error (a missing image's
     * path printed on every card would only be reported again as a broken link).
     */
    private static Map<String, Object> header(ParsedFile file, Fields f, Diagnostics own) {
        Map<String, Object> all = PlainValues.map(file.header().fields());
        if (!own.hasErrors()) {
            return all;
        }
        Set<SourcePosition> wrong = own.errors().stream().map(Diagnostic::position).collect(Collectors.toSet());
        Map<String, Object> kept = new LinkedHashMap<>(all);
        kept.keySet().removeIf(key -> wrong.contains(f.positions().get(key)));
        return kept;
    }

    private String language(SourceFile source, Fields f, Diagnostics problems) {
        Optional<String> declared = f.text("lang");
        if (declared.isPresent() && !config.hasLanguage(declared.get())) {
            problems.error(f.position("lang"), "lang '" + declared.get() + "' is not a language of site.yaml",
                    "use one of: " + String.join(", ", config.languageCodes()));
        }
        if (declared.isPresent() && source.langFromName().isPresent()
                && !declared.get().equals(source.langFromName().get())) {
            problems.error(f.position("lang"), "lang '" + declared.get() + "' contradicts the file name, which says '"
                    + source.langFromName().get() + "'", "remove the lang line or rename the file");
        }
        return declared.or(source::langFromName).orElse(config.defaultLanguage());
    }

    private static String type(SourceFile source, Fields f, Diagnostics problems) {
        Optional<String> declared = f.text("type");
        if (source.kind() == ContentKind.DOCUMENT) {
            return declared.orElse("page");
        }
        if (declared.isPresent() && !declared.get().equals(source.kind().type())) {
            problems.error(f.position("type"), "a file in content/" + source.relative().split("/")[0]
                    + "/ is a " + source.kind().type() + ", but its header says type '" + declared.get() + "'",
                    "remove the type line, or move the file to the folder of its type");
        }
        return source.kind().type();
    }

    /** {@code images/x.svg}, {@code assets/images/x.svg} and {@code /assets/images/x.svg} all mean the same file ({@link AssetPaths}). */
    private Optional<String> image(Fields f, String key, Diagnostics problems) {
        Optional<String> value = f.text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String path = AssetPaths.relative(value.get());
        if (!Files.isRegularFile(assetsDir.resolve(path))) {
            problems.error(f.position(key), "'" + key + "' names a missing image: assets/" + path,
                    "put the file there, or correct the path (it is relative to assets/)");
            return Optional.empty();
        }
        return Optional.of("/assets/" + path);
    }
}
