package be.storysite.generator.model;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.config.PlainValues;
import be.storysite.generator.config.SiteConfig;
import be.storysite.generator.load.ContentKind;
import be.storysite.generator.load.SourceFile;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.schema.Fields;
import be.storysite.generator.schema.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns one parsed file into a typed {@link Content}, checking its header against its type's schema. Checks
 * that need the other files (service slugs, duplicate slugs) are the {@link SiteBuilder}'s.
 *
 * <pre>{@code
 * Optional<Content> story = factory.create(parsedFile, problems);   // empty when the header has errors
 * }</pre>
 *
 * <p>Stateless apart from its configuration: one instance serves all parse threads.
 */
public final class ContentFactory {

    private final SiteConfig config;
    private final Path assetsDir;
    private final SchemaValidator validator = new SchemaValidator();

    public ContentFactory(SiteConfig config, Path assetsDir) {
        this.config = config;
        this.assetsDir = assetsDir;
    }

    public Optional<Content> create(ParsedFile file, Diagnostics problems) {
        SourceFile source = file.source();
        Diagnostics own = new Diagnostics();
        Fields f = validator.validate(file.header().fields(), ContentSchemas.of(source.kind()), file.header().end(),
                own);
        String lang = language(source, f, own);
        String type = type(source, f, own);
        Optional<String> logo = image(f, "logo", own);
        Optional<String> icon = image(f, "icon", own);
        Optional<String> image = image(f, "image", own);
        problems.addAll(own.all());
        if (own.hasErrors()) {
            return Optional.empty();
        }
        ContentMeta meta = new ContentMeta(source.kind(), type, source.slug(), lang,
                f.text("translation").orElse(source.slug()), f.date("date"), f.text("status").orElse("published"),
                file, PlainValues.map(file.header().fields()), f);
        String title = f.text("title").orElseThrow();
        String summary = f.text("summary").orElse("");
        return Optional.of(switch (source.kind()) {
            case STORY -> new Story(meta, title, f.date("date").orElseThrow(), f.text("customer").orElseThrow(),
                    f.text("customer_type").orElseThrow(), f.text("municipality"), f.text("person").orElseThrow(),
                    f.text("role").orElseThrow(), f.text("quote").orElseThrow(), f.texts("services"),
                    f.text("sector").orElseThrow(), f.text("region").orElseThrow(), f.texts("tags"), summary, logo,
                    f.metrics("metrics"), f.date("approved"), f.flag("featured"));
            case SERVICE -> new Service(meta, title, summary,
                    (int) Math.min(Integer.MAX_VALUE, f.integer("order").orElse((long) Integer.MAX_VALUE)), icon, image);
            case PAGE -> new Page(meta, title, summary, f.flag("form"));
            case DOCUMENT -> new Document(meta, title, summary, f.texts("tags"));
        });
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

    /** {@code images/x.svg}, {@code assets/images/x.svg} and {@code /assets/images/x.svg} all mean the same file. */
    private Optional<String> image(Fields f, String key, Diagnostics problems) {
        Optional<String> value = f.text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String path = value.get().replace('\\', '/');
        path = path.startsWith("/") ? path.substring(1) : path;
        path = path.startsWith("assets/") ? path.substring("assets/".length()) : path;
        if (!Files.isRegularFile(assetsDir.resolve(path))) {
            problems.error(f.position(key), "'" + key + "' names a missing image: assets/" + path,
                    "put the file there, or correct the path (it is relative to assets/)");
            return Optional.empty();
        }
        return Optional.of("/assets/" + path);
    }
}
