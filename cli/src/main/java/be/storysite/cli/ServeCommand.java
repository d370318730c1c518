package be.storysite.cli;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.preview.Preview;
import be.storysite.preview.PreviewOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storysite serve}: the preview. Drafts, future-dated and not-yet-approved stories are shown, each with a
 * banner saying why it would not be published; the contact form works (leads in {@code var/leads.db}, mail in the
 * Maildir {@code var/mail/}, readable at {@code /_dev/mail}). Every save under {@code content/}, {@code templates/},
 * {@code assets/}, {@code contact-forms/} or to {@code site.yaml} rebuilds the site and reloads the open tab; a
 * build error is shown in the browser until the next good save, and the server keeps running.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site with drafts and unapproved stories marked, serves it with a working contact form, "
                + "and rebuilds and reloads the browser on every save.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceOptions site;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "the port to listen on; default: ${DEFAULT-VALUE}")
    int port;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BuildReport report = new BuildReport(site.source(), err);
        try (Preview preview = Preview.start(PreviewOptions.of(site.source(), port), ConsoleProgress.on(err, false),
                result -> report.print(result, false))) {
            String local = "http://localhost:" + preview.uri().getPort() + "/";
            err.println("serving " + local + "  (mail: " + local + "_dev/mail; rebuilds and reloads the browser on "
                    + "every save; stop with Ctrl-C)");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(preview)));
            preview.join();
            return ExitCodes.OK;
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(d -> err.println(d.format(site.source())));
            err.println("serve failed in step '" + e.step() + "': fix the errors above");
            return ExitCodes.CONTENT_ERRORS;
        } catch (IOException e) {
            err.println("serve: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")");
            err.println("  hint: is another serve running? stop it, or choose another port with  --port 8081");
            return ExitCodes.CONTENT_ERRORS;
        }
    }

    private static void closeQuietly(Preview preview) {
        try {
            preview.close();
        } catch (Exception ignored) {
            // shutting down anyway
        }
    }
}
