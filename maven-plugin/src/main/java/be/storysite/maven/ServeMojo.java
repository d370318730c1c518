package be.storysite.maven;

import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.generator.BuildResult;
import be.storysite.preview.Preview;
import be.storysite.preview.PreviewOptions;
import java.net.BindException;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn storysite:serve}: the preview, like {@code ./storysite serve}. Drafts, future-dated and not-yet-approved
 * stories are shown with a banner saying why they would not be published; the contact form works (leads in
 * {@code var/leads.db}, mail in the Maildir {@code var/mail/}, readable at {@code /_dev/mail}). Runs until Ctrl-C.
 *
 * <pre>{@code
 * mvn storysite:serve -Dstorysite.port=8081
 * }</pre>
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends SiteMojo {

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "storysite.port", defaultValue = "8080")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BuildLog log = buildLog();
        try (Preview preview = Preview.start(PreviewOptions.of(sourcePath(), port), new StepLog(getLog()),
                result -> logPreviewBuild(log, result))) {
            String local = "http://localhost:" + preview.uri().getPort() + "/";
            getLog().info("serving " + local + "  (mail: " + local + "_dev/mail, stop with Ctrl-C)");
            // Ctrl-C ends Maven's JVM: close the preview on the way out so the lead store is closed cleanly.
            Thread closer = new Thread(() -> closeQuietly(preview), "storysite-preview-close");
            Runtime.getRuntime().addShutdownHook(closer);
            try {
                preview.join();
            } finally {
                removeHook(closer);
            }
        } catch (DiagnosticException e) {
            throw new MojoFailureException("serve failed in step '" + e.step() + "':" + System.lineSeparator()
                    + e.diagnostics().stream().map(d -> d.format(sourcePath()))
                            .collect(Collectors.joining(System.lineSeparator())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while serving", e);
        } catch (Exception e) {
            throw new MojoExecutionException("the preview on port " + port + " failed: " + e.getMessage()
                    + (causedBy(e, BindException.class) ? "; the port is taken: choose another with -Dstorysite.port=..."
                            : ""), e);
        }
    }

    /**
     * The preview's build shows content a real build refuses (drafts, ...), and the server keeps running on errors
     * (the browser shows them): log errors rather than stop.
     */
    private void logPreviewBuild(BuildLog log, BuildResult result) {
        try {
            log.report(result, "built", " (preview)");
        } catch (MojoFailureException e) {
            getLog().error(e.getMessage());
        }
    }

    /** A JVM that outlives the goal (an IDE's embedded Maven, a daemon) must not keep the closed preview. */
    private static void removeHook(Thread closer) {
        try {
            Runtime.getRuntime().removeShutdownHook(closer);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to undo
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private void closeQuietly(Preview preview) {
        try {
            preview.close();
        } catch (Exception e) {
            getLog().debug("closing the preview: " + e);
        }
    }
}
