package be.storysite.generator.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What each page's template output depends on among the files of {@code templates/} (the UI strings under
 * {@code i18n/} are part of the data model instead). A page depends on its own template and on every
 * <em>shared</em> template: a layout or macro file, or a page template that another template names. A page
 * template no other template names (e.g. {@code story.ftlh}) is <em>exclusive</em>: editing it re-renders only
 * its pages. When any template loads a template by a computed name ({@code <#include name>}, {@code ?interpret},
 * {@code .get_optional_template}), nothing is exclusive: every page depends on every template.
 *
 * <pre>{@code
 * TemplateFingerprints t = TemplateFingerprints.read(source.resolve("templates"), Set.of("story.ftlh", "index.ftlh"));
 * t.of("story.ftlh");   // story.ftlh + layout.ftlh + macros/*.ftlh + ...
 * }</pre>
 */
final class TemplateFingerprints {

    /** {@code .now}: the time of rendering, which no input fingerprint can cover. */
    private static final Pattern CLOCK = Pattern.compile("\\.now\\b");
    private static final Pattern COMPUTED = Pattern.compile(
            "[<\\[]#(include|import)\\s+(?![\"'])|\\?interpret|\\.get_optional_template");

    private final Map<String, Fingerprint> files;
    private final Set<String> exclusive;
    private final Fingerprint shared;
    private final boolean clock;

    private TemplateFingerprints(Map<String, Fingerprint> files, Set<String> exclusive, Fingerprint shared,
            boolean clock) {
        this.files = files;
        this.exclusive = exclusive;
        this.shared = shared;
        this.clock = clock;
    }

    /**
     * @param dir the {@code templates/} folder
     * @param pageTemplates the file names pages are rendered with ({@code story.ftlh}, ...)
     */
    static TemplateFingerprints read(Path dir, Set<String> pageTemplates) {
        Map<String, Fingerprint> files = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = dir.relativize(file).toString().replace('\\', '/');
                    if (!name.startsWith("i18n/")) {
                        byte[] bytes = Files.readAllBytes(file);
                        files.put(name, Fingerprint.of(bytes));
                        texts.put(name, new String(bytes, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean computed = texts.values().stream().anyMatch(t -> COMPUTED.matcher(t).find());
        Set<String> exclusive = computed ? Set.of() : Set.copyOf(pageTemplates.stream()
                .filter(page -> texts.entrySet().stream().noneMatch(e -> !e.getKey().equals(page)
                        && e.getValue().contains(fileName(page)))).toList());
        Hasher shared = new Hasher();
        files.forEach((name, f) -> {
            if (!exclusive.contains(name)) {
                shared.add(name).add(f);
            }
        });
        boolean clock = texts.values().stream().anyMatch(t -> CLOCK.matcher(t).find());
        return new TemplateFingerprints(files, exclusive, shared.fingerprint(), clock);
    }

    /** Whether a template prints the time of rendering ({@code .now}): then every page is rendered every time. */
    boolean readClock() {
        return clock;
    }

    /** The fingerprint of everything a page rendered with {@code pageTemplate} may load. */
    Fingerprint of(String pageTemplate) {
        Fingerprint own = files.get(pageTemplate);
        Hasher h = new Hasher().add(shared);
        return exclusive.contains(pageTemplate) && own != null ? h.add(pageTemplate).add(own).fingerprint()
                : h.fingerprint();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
