package be.storysite.generator.jbake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A JBake project's {@code jbake.properties} over JBake 2.7's defaults. Templates see every key with its dots
 * turned into underscores, as JBake shows them: {@code site.host} is {@code config.site_host}.
 *
 * <pre>{@code
 * JBakeConfig config = JBakeConfig.read(Path.of("jbake.properties"));
 * config.flag("render.tags");          // true unless the project says otherwise
 * config.template("post");             // "post.ftl", or template.post.file
 * }</pre>
 */
public final class JBakeConfig {

    /** JBake 2.7's default.properties, as far as a site's output depends on them. */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("archive.file", "archive.html"),
            Map.entry("asset.folder", "assets"),
            Map.entry("content.folder", "content"),
            Map.entry("data.folder", "data"),
            Map.entry("date.format", "yyyy-MM-dd"),
            Map.entry("default.status", ""),
            Map.entry("default.type", ""),
            Map.entry("draft.suffix", "-draft"),
            Map.entry("error404.file", "404.html"),
            Map.entry("feed.file", "feed.xml"),
            Map.entry("index.file", "index.html"),
            Map.entry("index.paginate", "false"),
            Map.entry("index.posts_per_page", "10"),
            Map.entry("markdown.extensions", "HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS"),
            Map.entry("output.extension", ".html"),
            Map.entry("render.archive", "true"),
            Map.entry("render.error404", "false"),
            Map.entry("render.feed", "true"),
            Map.entry("render.index", "true"),
            Map.entry("render.sitemap", "false"),
            Map.entry("render.tags", "true"),
            Map.entry("render.tagsindex", "false"),
            Map.entry("sitemap.file", "sitemap.xml"),
            Map.entry("tag.path", "tags"),
            Map.entry("tag.sanitize", "false"),
            Map.entry("template.archive.file", "archive.ftl"),
            Map.entry("template.error404.file", "error404.ftl"),
            Map.entry("template.feed.file", "feed.ftl"),
            Map.entry("template.folder", "templates"),
            Map.entry("template.index.file", "index.ftl"),
            Map.entry("template.page.file", "page.ftl"),
            Map.entry("template.post.file", "post.ftl"),
            Map.entry("template.sitemap.file", "sitemap.ftl"),
            Map.entry("template.tag.file", "tags.ftl"),
            Map.entry("template.tagsindex.file", "tags-index.ftl"),
            Map.entry("uri.noExtension", "false"),
            Map.entry("uri.noExtension.prefix", ""));

    private final Map<String, String> values;

    private JBakeConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static JBakeConfig read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        properties.forEach((k, v) -> values.put(((String) k).strip(), ((String) v).strip()));
        return new JBakeConfig(values);
    }

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(get(key));
    }

    public int number(String key) {
        return Integer.parseInt(get(key));
    }

    public List<String> list(String key) {
        return List.of(get(key).split("\\s*,\\s*")).stream().filter(s -> !s.isEmpty()).toList();
    }

    /** The template file of a document type or output, e.g. {@code post} → {@code post.ftl}. */
    public String template(String name) {
        String configured = get("template." + name + ".file");
        return configured.isEmpty() ? name + ".ftl" : configured;
    }

    /** Every key as templates see it: {@code site.host} → {@code site_host}. */
    public Map<String, Object> forTemplates() {
        Map<String, Object> map = new LinkedHashMap<>();
        values.forEach((k, v) -> map.put(k.replace('.', '_'), v));
        return map;
    }
}
