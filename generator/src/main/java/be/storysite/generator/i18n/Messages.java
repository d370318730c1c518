package be.storysite.generator.i18n;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The UI strings of each language, from {@code templates/i18n/messages_<lang>.properties} (UTF-8). Templates
 * read them as {@code msg.read_more}. A key missing in a language falls back to the default language's text,
 * with a warning that names the keys, so a translator sees what is left to do.
 */
public final class Messages {

    private final Map<String, Map<String, String>> byLanguage;

    private Messages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static Messages load(Path i18nDir, List<String> languages, String defaultLanguage, Diagnostics problems) {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String lang : languages) {
            Path file = i18nDir.resolve("messages_" + lang + ".properties");
            if (!Files.isRegularFile(file)) {
                problems.error(SourcePosition.of(file), "no UI strings for language '" + lang + "'",
                        "create " + file.getFileName() + " (copy messages_" + defaultLanguage
                                + ".properties and translate it)");
                all.put(lang, Map.of());
                continue;
            }
            all.put(lang, read(file));
        }
        Map<String, String> main = all.getOrDefault(defaultLanguage, Map.of());
        for (String lang : languages) {
            Map<String, String> own = new HashMap<>(main);
            own.putAll(all.get(lang));
            TreeSet<String> missing = new TreeSet<>(main.keySet());
            missing.removeAll(all.get(lang).keySet());
            if (!missing.isEmpty() && !all.get(lang).isEmpty()) {
                problems.warning(SourcePosition.of(i18nDir.resolve("messages_" + lang + ".properties")),
                        "UI strings not translated into '" + lang + "': " + String.join(", ", missing),
                        "the " + defaultLanguage + " text is shown until you add them");
            }
            all.put(lang, Map.copyOf(own));
        }
        return new Messages(Map.copyOf(all));
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    /** Every string of {@code lang}. */
    public Map<String, String> of(String lang) {
        return byLanguage.getOrDefault(lang, Map.of());
    }

    public String get(String lang, String key) {
        return of(lang).getOrDefault(key, key);
    }
}
