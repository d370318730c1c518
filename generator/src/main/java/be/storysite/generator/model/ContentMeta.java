package be.storysite.generator.model;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.generator.load.ContentKind;
import be.storysite.generator.parse.ParsedFile;
import be.storysite.generator.schema.Fields;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every content file has, whatever its type.
 *
 * @param kind story, service, page or document
 * @param type the type word: {@code story}, {@code service}, {@code page}, or a document's {@code type} header
 *     ({@code post}, {@code page}, ...)
 * @param slug the file name without extension and language suffix
 * @param lang the language code
 * @param translationKey links translations: the {@code translation} header, else the slug
 * @param date the {@code date} header, if any
 * @param status {@code published} or {@code draft} (JBake's {@code published-date} counts as published)
 * @param file the parsed file: source path, header positions, body HTML
 * @param header every header value as plain Java values, for templates ({@code content.customer})
 * @param fields the checked header values with their positions, for errors found later (an unknown service)
 * @param problems the file's errors; when there are any, the item is a stand-in made of what could be read (a
 *     preview shows it as a draft listing them)
 */
public record ContentMeta(ContentKind kind, String type, String slug, String lang, String translationKey,
        Optional<LocalDate> date, String status, ParsedFile file, Map<String, Object> header, Fields fields,
        List<Diagnostic> problems) {

    public ContentMeta {
        header = Map.copyOf(header);
        problems = List.copyOf(problems);
    }

    /** Whether the file has errors: it is then a stand-in, shown only by a preview, as a draft listing them. */
    public boolean broken() {
        return !problems.isEmpty();
    }

    public boolean draft() {
        return "draft".equals(status);
    }

    public String html() {
        return file.html();
    }

    /** The same with {@code more} errors, found once the other files were read (an unknown service). */
    public ContentMeta withProblems(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(problems);
        all.addAll(more);
        all.sort(null); // by line, as check prints them
        return new ContentMeta(kind, type, slug, lang, translationKey, date, status, file, header, fields, all);
    }

    /** The file's errors as {@code check} prints them: {@code content/stories/x.md:3:7: error: ...} and hint. */
    public List<String> problemLines() {
        Path site = file.source().path();
        for (int up = Path.of(id()).getNameCount() + 1; up > 0 && site.getParent() != null; up--) {
            site = site.getParent(); // from content/stories/x.md up to the site folder
        }
        Path base = site;
        return problems.stream().map(d -> d.format(base)).toList();
    }

    /** The path below {@code content/}, e.g. {@code stories/haacht.md}: unique, so a good identity. */
    public String id() {
        return file.source().relative();
    }
}
