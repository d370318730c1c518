package be.storysite.cli;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.config.LeadsConfigLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE} of the {@code leads} commands: the lead service's YAML (database, mail, limits), overridden
 * by environment variables ({@code STORYSITE_DB_URL}, {@code STORYSITE_SMTP_HOST}, ...). Without it,
 * {@code ./leads.yaml} when present, else the embedded defaults (SQLite {@code var/leads.db}, Maildir
 * {@code var/mail/}).
 */
final class LeadsConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "the lead service configuration (YAML); default: leads.yaml if present, else embedded defaults")
    Path config;

    /** The configuration, or empty after printing its errors (file:line:col and hint each) to {@code err}. */
    Optional<LeadsConfig> loadOrReport(PrintWriter err) {
        try {
            return Optional.of(load());
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(d -> err.println(d.format(Path.of("").toAbsolutePath())));
            err.println("the lead service configuration has errors: fix them and run the command again");
            return Optional.empty();
        }
    }

    private LeadsConfig load() {
        Path here = Path.of("").toAbsolutePath();
        Optional<Path> file = Optional.ofNullable(config).map(Path::toAbsolutePath)
                .or(() -> Optional.of(here.resolve("leads.yaml")).filter(Files::isRegularFile));
        return LeadsConfigLoader.load(file, here, System.getenv());
    }
}
