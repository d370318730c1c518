package be.storysite.leads.config;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables that override the configuration file (how secrets and per-host settings reach the service
 * in production). A malformed value is reported with the variable's name, like a file position.
 *
 * <pre>{@code
 * int port = env.integer("STORYSITE_SMTP_PORT", fromFile);
 * }</pre>
 */
final class EnvOverrides {

    private final Map<String, String> env;
    private final Diagnostics problems;

    EnvOverrides(Map<String, String> env, Diagnostics problems) {
        this.env = env;
        this.problems = problems;
    }

    Optional<String> get(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String text(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    int integer(String name, int fallback) {
        Optional<String> value = get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            problems.error(where(name), "environment variable " + name + " must be a whole number, not '"
                    + value.get() + "'", "e.g. " + name + "=587");
            return fallback;
        }
    }

    boolean bool(String name, boolean fallback) {
        Optional<String> value = get(name).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                problems.error(where(name), "environment variable " + name + " must be true or false, not '"
                        + value.get() + "'", "e.g. " + name + "=true");
                yield fallback;
            }
        };
    }

    /** A comma-separated list. */
    List<String> list(String name, List<String> fallback) {
        return get(name).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(fallback);
    }

    static SourcePosition where(String name) {
        return SourcePosition.of(Path.of("$" + name));
    }
}
