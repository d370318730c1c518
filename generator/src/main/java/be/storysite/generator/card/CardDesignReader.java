package be.storysite.generator.card;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlMapping;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlReader;
import be.storysite.core.yaml.YamlScalar;
import be.storysite.core.yaml.YamlSequence;
import be.storysite.generator.cache.DerivedFiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the share card's design, {@code templates/cards/share-card.yaml} (its format is described in the file
 * itself and in docs/generator.md): the fonts beside it, the colours (hex, or {@code var(--name)} from
 * {@code assets/css/site.css}) and the elements. Every problem is an error at its line; then there is no design.
 *
 * <pre>{@code
 * Optional<CardDesign> design = new CardDesignReader(Path.of(".")).read(problems);
 * }</pre>
 */
public final class CardDesignReader {

    /** Where the design lives, relative to the site folder. */
    public static final String FILE = "templates/cards/share-card.yaml";
    /** The font every design has: texts default to it, and logos' texts are drawn in it. */
    static final String LOGO_FONT = "regular";
    static final String CSS = "assets/css/site.css";
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})");
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[a-zA-Z0-9-]+)\\s*(?:,\\s*(#[0-9a-fA-F]{6})\\s*)?\\)");
    private static final Set<String> FIELDS = Set.of("headline", "detail", "person", "organisation", "metric_value",
            "metric_label", "site");

    private final Path source;

    /** @param source the site folder */
    public CardDesignReader(Path source) {
        this.source = source;
    }

    /** The design, or empty with the errors in {@code problems}. */
    public Optional<CardDesign> read(Diagnostics problems) {
        Path file = source.resolve(FILE);
        Diagnostics own = new Diagnostics();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!(YamlReader.read(text, file, 0) instanceof YamlMapping root)) {
                own.error(SourcePosition.of(file, 1, 1), "the share card design must be a mapping",
                        "start from the example site's " + FILE);
                return done(own, problems, null);
            }
            List<Object> fingerprint = new ArrayList<>(List.of(text));
            Map<String, Font> fonts = fonts(root, file, fingerprint, own);
            if (root.get("fonts").orElse(null) instanceof YamlMapping named && !named.has(LOGO_FONT)) {
                own.error(named.position(), "the share card design needs a font named '"
                        + LOGO_FONT + "' (texts default to it, and logos' texts are drawn in it)",
                        "e.g.  fonts: {" + LOGO_FONT + ": DejaVuSans.ttf}");
            }
            Map<String, Color> colors = colors(root, file, fingerprint, own);
            List<CardDesign.Element> elements = new ArrayList<>();
            YamlNode list = root.get("elements").orElse(null);
            if (!(list instanceof YamlSequence sequence)) {
                own.error(list == null ? root.position() : list.position(), "the share card design needs 'elements',"
                        + " a list", "e.g.  elements:\n    - {type: rect, x: 0, y: 0, width: 1200, height: 630, color: panel}");
            } else {
                for (YamlNode item : sequence.items()) {
                    element(item, fonts, colors, own).ifPresent(elements::add);
                }
            }
            return done(own, problems, new CardDesign(fonts, elements,
                    DerivedFiles.key(fingerprint.toArray())));
        } catch (IOException e) {
            own.error(SourcePosition.of(file), "cannot read the share card design: " + e.getMessage(),
                    "restore " + FILE + " (the example site has one), or set  share_cards: false  in site.yaml");
        } catch (DiagnosticException e) {
            own.addAll(e.diagnostics());
        }
        return done(own, problems, null);
    }

    private static Optional<CardDesign> done(Diagnostics own, Diagnostics problems, CardDesign design) {
        problems.addAll(own.all());
        return own.hasErrors() || design == null ? Optional.empty() : Optional.of(design);
    }

    private Map<String, Font> fonts(YamlMapping root, Path file, List<Object> fingerprint, Diagnostics problems) {
        Map<String, Font> fonts = new HashMap<>();
        for (YamlMapping.Entry entry : mapping(root, "fonts", problems).map(YamlMapping::entries).orElse(List.of())) {
            Path font = file.resolveSibling(text(entry.value()));
            try {
                byte[] bytes = Files.readAllBytes(font);
                fonts.put(entry.name(), Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)));
                fingerprint.add(bytes);
            } catch (IOException | FontFormatException e) {
                problems.error(entry.value().position(), "share card font '" + entry.name() + "': cannot read "
                        + source.relativize(font) + " as a TrueType font (" + e.getMessage() + ")",
                        "put a .ttf file beside " + FILE + " and name it here");
            }
        }
        return fonts;
    }

    private Map<String, Color> colors(YamlMapping root, Path file, List<Object> fingerprint, Diagnostics problems) {
        String css = null;
        Map<String, Color> colors = new TreeMap<>();
        for (YamlMapping.Entry entry : mapping(root, "colors", problems).map(YamlMapping::entries).orElse(List.of())) {
            String value = text(entry.value()).strip();
            Matcher var = VAR.matcher(value);
            if (var.matches()) {
                if (css == null) {
                    css = readCss();
                }
                Matcher declared = Pattern.compile(Pattern.quote(var.group(1)) + "\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;")
                        .matcher(css);
                if (declared.find()) {
                    value = declared.group(1);
                } else if (var.group(2) != null) {
                    value = var.group(2); // the fallback, as in CSS: a site whose CSS does not declare it
                } else {
                    problems.error(entry.value().position(), "share card colour '" + entry.name() + "': " + CSS
                            + " declares no " + var.group(1) + " as #rrggbb", "declare it there (e.g.  "
                            + var.group(1) + ": #0b5cad;), or give a fallback: var(" + var.group(1) + ", #0b5cad)");
                    colors.put(entry.name(), Color.BLACK); // the design is refused; elements naming it are fine
                    continue;
                }
            }
            if (!HEX.matcher(value).matches()) {
                problems.error(entry.value().position(), "share card colour '" + entry.name() + "' must be #rrggbb or"
                        + " var(--name, #rrggbb), not '" + value + "'", "e.g.  " + entry.name() + ": \"#0b5cad\"");
                colors.put(entry.name(), Color.BLACK);
                continue;
            }
            colors.put(entry.name(), new Color(Integer.parseInt(value.substring(1), 16)));
        }
        fingerprint.add(colors.toString()); // the resolved colours: an edit of site.css changes the cards
        return colors;
    }

    private String readCss() {
        try {
            return Files.readString(source.resolve(CSS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<YamlMapping> mapping(YamlMapping root, String key, Diagnostics problems) {
        YamlNode node = root.get(key).orElse(null);
        if (node instanceof YamlMapping m) {
            return Optional.of(m);
        }
        problems.error(node == null ? root.position() : node.position(), "the share card design needs '" + key
                + "', a mapping", "see the example site's " + FILE);
        return Optional.empty();
    }

    private static Optional<CardDesign.Element> element(YamlNode node, Map<String, Font> fonts,
            Map<String, Color> colors, Diagnostics problems) {
        if (!(node instanceof YamlMapping m)) {
            problems.error(node.position(), "a share card element must be a mapping", "e.g.  - {type: logo, x: 84,"
                    + " y: 68, width: 360, height: 80}");
            return Optional.empty();
        }
        int before = problems.errors().size();
        String type = string(m, "type", null, problems);
        CardDesign.Box box = new CardDesign.Box(number(m, "x", null, problems), number(m, "y", null, problems),
                number(m, "width", null, problems), number(m, "height", null, problems));
        CardDesign.Element element = switch (type == null ? "" : type) {
            case "rect" -> new CardDesign.Rect(box, color(m, colors, problems), number(m, "radius", 0, problems),
                    field(m, "if", problems));
            case "logo" -> new CardDesign.LogoBox(box, field(m, "if", problems));
            case "text" -> text(m, box, fonts, colors, problems);
            default -> {
                if (type != null) {
                    problems.error(m.get("type").orElseThrow().position(), "unknown share card element type '" + type
                            + "'", "use rect, logo or text");
                }
                yield null;
            }
        };
        return problems.errors().size() > before ? Optional.empty() : Optional.ofNullable(element);
    }

    private static CardDesign.TextBox text(YamlMapping m, CardDesign.Box box, Map<String, Font> fonts,
            Map<String, Color> colors, Diagnostics problems) {
        String field = m.has("field") ? field(m, "field", problems) : string(m, "field", null, problems);
        String font = string(m, "font", LOGO_FONT, problems);
        if (!fonts.containsKey(font)) {
            problems.error(m.get("font").map(YamlNode::position).orElse(m.position()), "no share card font '" + font
                    + "'", "name one of 'fonts': " + String.join(", ", fonts.keySet()));
        }
        int size = number(m, "size", null, problems);
        int minSize = number(m, "min_size", size, problems);
        if (minSize < 8 || minSize > size) {
            problems.error(m.get("min_size").map(YamlNode::position).orElse(m.position()), "share card min_size must"
                    + " be at least 8 and at most size", "e.g.  size: 46, min_size: 24");
        }
        double lineHeight = 1.25;
        try {
            lineHeight = Double.parseDouble(string(m, "line_height", "1.25", problems));
        } catch (NumberFormatException e) {
            problems.error(m.get("line_height").orElseThrow().position(), "share card line_height must be a number",
                    "e.g.  line_height: 1.25 (times the size)");
        }
        String align = string(m, "align", "left", problems);
        return new CardDesign.TextBox(box, field, font, size, minSize, color(m, colors, problems),
                lineHeight, number(m, "max_lines", 99, problems), "right".equals(align), field(m, "if", problems),
                field(m, "below", problems), number(m, "gap", 0, problems));
    }

    /** The field named by {@code key} (empty when not given); an unknown field is an error. */
    private static String field(YamlMapping m, String key, Diagnostics problems) {
        String field = string(m, key, "", problems);
        if (!field.isEmpty() && !FIELDS.contains(field)) {
            problems.error(m.get(key).orElseThrow().position(), "unknown share card field '" + field + "'",
                    "use one of: " + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        return field;
    }

    private static Color color(YamlMapping m, Map<String, Color> colors, Diagnostics problems) {
        String name = string(m, "color", null, problems);
        Color color = name == null ? null : colors.get(name);
        if (name != null && color == null) {
            problems.error(m.get("color").orElseThrow().position(), "no share card colour '" + name + "'",
                    "name one of 'colors': " + String.join(", ", colors.keySet()));
        }
        return color;
    }

    private static String string(YamlMapping m, String key, String fallback, Diagnostics problems) {
        Optional<YamlNode> node = m.get(key);
        if (node.isEmpty()) {
            return fallback != null ? fallback : needs(m, key, problems, null);
        }
        return text(node.get());
    }

    private static int number(YamlMapping m, String key, Integer fallback, Diagnostics problems) {
        Optional<YamlNode> node = m.get(key);
        if (node.isEmpty()) {
            return fallback != null ? fallback : needs(m, key, problems, 0);
        }
        if (node.get() instanceof YamlScalar s && s.asLong().isPresent() && s.asLong().get() >= 0) {
            return (int) Math.min(s.asLong().get(), 10_000);
        }
        problems.error(node.get().position(), "share card '" + key + "' must be a whole number of pixels",
                "e.g.  " + key + ": 40");
        return 0;
    }

    /** Reports that the element lacks {@code key}; returns {@code standIn}. */
    private static <T> T needs(YamlMapping m, String key, Diagnostics problems, T standIn) {
        problems.error(m.position(), "this share card element needs '" + key + "'", "see the example site's " + FILE);
        return standIn;
    }

    private static String text(YamlNode node) {
        return node instanceof YamlScalar s ? s.text() : "";
    }
}
