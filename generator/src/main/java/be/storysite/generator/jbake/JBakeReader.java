package be.storysite.generator.jbake;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import be.storysite.core.yaml.YamlReader;
import be.storysite.core.yaml.YamlScalar;
import be.storysite.generator.config.PlainValues;
import be.storysite.generator.parse.Header;
import be.storysite.generator.parse.HeaderReader;
import be.storysite.generator.parse.NestingScan;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.Extensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JBake document the way JBake 2.7 does: its header ({@code key=value} lines or YAML front matter;
 * a value that looks like JSON is read as JSON), Markdown through flexmark's pegdown profile with the
 * {@code markdown.extensions} of the project, HTML as it is, and JBake's URI rules (draft suffix,
 * {@code uri.noExtension}). One instance per build; thread-safe.
 */
final class JBakeReader {

    private final JBakeConfig config;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HeaderReader headers = new HeaderReader();
    private final ObjectMapper json = new ObjectMapper();

    JBakeReader(JBakeConfig config) {
        this.config = config;
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(extensions(config.list("markdown.extensions")));
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** JBake names pegdown's extension flags; a leading {@code -} removes one. */
    private static int extensions(List<String> names) {
        int flags = 0;
        for (String name : names) {
            boolean remove = name.startsWith("-");
            String field = (remove ? name.substring(1) : name).toUpperCase(Locale.ROOT);
            try {
                int flag = Extensions.class.getField(field).getInt(null);
                flags = remove ? flags & ~flag : flags | flag;
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("markdown.extensions names an unknown extension '" + name + "'");
            }
        }
        return flags;
    }

    Optional<JBakeDocument> read(Path file, String relative, Diagnostics problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Header header;
        try {
            header = headers.read(text, file);
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        }
        Map<String, Object> view = new HashMap<>();
        for (YamlMapping.Entry entry : header.fields().entries()) {
            Object value = header.style() == Header.Style.JBAKE && entry.value() instanceof YamlScalar s
                    ? headerValue(s.text()) : PlainValues.of(entry.value());
            if (value != null) {
                view.put(entry.name(), value);
            }
        }
        String type = text(view, "type", config.get("default.type"));
        String status = text(view, "status", config.get("default.status"));
        if (type.isEmpty() || status.isEmpty()) {
            problems.error(header.end(), "JBake document needs '" + (type.isEmpty() ? "type" : "status") + "'",
                    "add a header line such as  " + (type.isEmpty() ? "type=post" : "status=published")
                            + ", or set default." + (type.isEmpty() ? "type" : "status") + " in jbake.properties");
            return Optional.empty();
        }
        Optional<LocalDate> date = Optional.empty();
        if (view.containsKey("date")) {
            Optional<LocalDate> parsed = new YamlScalar(String.valueOf(view.get("date")), YamlScalar.Kind.STRING,
                    SourcePosition.of(file)).asDate();
            if (parsed.isEmpty()) {
                problems.error(header.end(), "JBake document: 'date' must be a date like 2024-03-01, not '"
                        + view.get("date") + "'", "write it as  date=2024-03-01");
                return Optional.empty();
            }
            date = parsed;
            view.put("date", Date.from(parsed.get().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        List<String> tags = tags(view.get("tags"));
        view.put("tags", tags);
        view.put("type", type);
        view.put("status", status);
        String lower = relative.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        int tooDeep = html ? -1 : NestingScan.firstTooDeep(header.body());
        if (tooDeep >= 0) {
            problems.add(NestingScan.error(file, header, tooDeep));
            return Optional.empty();
        }
        view.put("body", html ? header.body() : renderer.render(parser.parse(header.body())));
        String extension = config.get("output.extension");
        String stem = relative.substring(0, relative.lastIndexOf('.'));
        String draft = status.equals("draft") ? config.get("draft.suffix") : "";
        String prefix = config.get("uri.noExtension.prefix");
        Optional<String> noExtensionUri = Optional.empty();
        String uri;
        if (config.flag("uri.noExtension") && ("/" + relative).startsWith(prefix.isEmpty() ? "/" : prefix)) {
            noExtensionUri = Optional.of(stem + draft + "/");
            uri = stem + draft + "/index" + extension;
        } else {
            uri = stem + draft + extension;
        }
        view.put("uri", uri);
        view.put("sourceuri", draft.isEmpty() ? uri : uri.replace(stem + draft, stem)); // JBake: before the suffix
        view.put("file", file.toString());
        if (config.flag("uri.noExtension")) {
            view.put("noExtensionUri", uri.replace("/index" + extension, "/"));
        }
        view.put("rootpath", rootpath(relative));
        return Optional.of(new JBakeDocument(type, status, date, tags, uri, noExtensionUri, view));
    }

    /**
     * JBake's path from a document back to the root: one {@code ../} per folder of its source, and with
     * {@code uri.noExtension} one more, since every document may become a folder ({@code /../} at the top:
     * JBake 2.7 writes exactly that).
     */
    private String rootpath(String relative) {
        int depth = (int) relative.chars().filter(c -> c == '/').count();
        if (!config.flag("uri.noExtension")) {
            return "../".repeat(depth);
        }
        return depth == 0 ? "/../" : "../".repeat(depth + 1);
    }

    private static String text(Map<String, Object> view, String key, String fallback) {
        Object value = view.get(key);
        return value == null || String.valueOf(value).isBlank() ? fallback : String.valueOf(value).strip();
    }

    private List<String> tags(Object value) {
        List<String> tags = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(t -> tags.add(String.valueOf(t)));
        } else if (value != null) {
            for (String t : String.valueOf(value).split(",")) {
                tags.add(t);
            }
        }
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
            String t = tag.strip();
            if (!t.isEmpty()) {
                result.add(config.flag("tag.sanitize") ? t.replace(" ", "-") : t);
            }
        }
        return List.copyOf(result);
    }

    /** JBake reads a header value that looks like JSON as JSON ({@code metrics={"users": 5400}}). */
    private Object headerValue(String text) {
        String t = text.strip();
        if (t.startsWith("{") || t.startsWith("[")) {
            try {
                return json.readValue(t, Object.class);
            } catch (IOException e) {
                return t;
            }
        }
        return t;
    }

    /** A data file: a YAML or JSON mapping as a map, anything else under the key {@code data}. */
    Object data(Path file, Diagnostics problems) {
        try {
            Object value = PlainValues.of(YamlReader.read(Files.readString(file, StandardCharsets.UTF_8), file, 0));
            return value instanceof Map ? value : Map.of("data", value == null ? List.of() : value);
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
