package be.storysite.leads.app;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.leads.config.LeadsConfig;
import be.storysite.leads.config.LeadsConfigLoader;
import be.storysite.leads.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs the lead service as its own process: {@code java be.storysite.leads.app.LeadServiceMain [--config FILE]}.
 * Without a file it uses the defaults (SQLite {@code var/leads.db}, Maildir {@code var/mail/}, port 8081) relative
 * to the working directory, plus the environment variables of {@link LeadsConfigLoader}. Prints
 * {@code lead service listening on http://HOST:PORT} once it accepts requests.
 */
public final class LeadServiceMain {

    private LeadServiceMain() {
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> configFile = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                configFile = Optional.of(Path.of(args[++i]));
            } else {
                System.err.println("usage: LeadServiceMain [--config FILE]");
                System.exit(2);
            }
        }
        Path workingDir = Path.of("").toAbsolutePath();
        LeadsConfig config = null;
        LeadServer server;
        try {
            config = LeadsConfigLoader.load(configFile, workingDir, System.getenv());
            server = LeadServer.start(config);
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(d -> System.err.println(d.format(workingDir)));
            System.exit(1);
            return;
        } catch (StoreException e) {
            // One line naming the store and what to do; the JVM exits without a stack trace.
            System.err.println(config == null ? "error: " + e.getMessage() : e.report(config.database()));
            System.exit(3);
            return;
        } catch (IOException e) {
            System.err.println("error: cannot listen: " + e.getMessage()
                    + " (is another process using the port? set http.port or STORYSITE_LEADS_PORT)");
            System.exit(1);
            return;
        }
        LeadServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("stopping the lead service: " + e.getMessage());
            }
        }, "leads-shutdown"));
        System.out.println("lead service listening on http://" + config.host() + ":" + server.port());
        server.join();
    }
}
