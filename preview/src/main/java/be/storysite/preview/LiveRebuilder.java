package be.storysite.preview;

import be.storysite.core.diagnostic.Diagnostic;
import be.storysite.core.diagnostic.DiagnosticException;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.generator.BuildResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the preview does after each burst of saves: rebuild, reload the lead service's forms when
 * {@code contact-forms/} changed, remember the outcome (a failed build puts the error page in front of the site),
 * report it on the console, and tell the open tabs to reload.
 *
 * <pre>{@code
 * SiteWatcher watcher = new SiteWatcher(site, SITE_FOLDERS, SITE_FILES, quiet,
 *         new LiveRebuilder(site, rebuild, formsReload, lastBuild, events, report));
 * }</pre>
 */
public final class LiveRebuilder implements Consumer<SiteChange> {

    /** Re-reads {@code contact-forms/} into the running lead service; throws {@link DiagnosticException}. */
    @FunctionalInterface
    public interface FormsReload {
        void reload();
    }

    private final Path site;
    private final SiteRebuild rebuild;
    private final FormsReload forms;
    private final LastBuild last;
    private final ReloadEvents events;
    private final Consumer<BuildResult> report;

    public LiveRebuilder(Path site, SiteRebuild rebuild, FormsReload forms, LastBuild last, ReloadEvents events,
                         Consumer<BuildResult> report) {
        this.site = site;
        this.rebuild = rebuild;
        this.forms = forms;
        this.last = last;
        this.events = events;
        this.report = report;
    }

    @Override
    public void accept(SiteChange change) {
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = rebuild.rebuild(change);
            if (result.ok() && change.touches("contact-forms")) {
                // the build accepted the new forms, so the lead service gets them before any page posts to it
                forms.reload();
            }
        } catch (DiagnosticException e) {
            result = failed(e.diagnostics().stream().map(d -> d.inStep(e.step())).toList(), start);
        } catch (RuntimeException e) {
            // a bug, not the writer's mistake: still shown in the browser, and the preview keeps running
            result = failed(List.of(Diagnostic.error(SourcePosition.of(site), "the build failed unexpectedly: " + e,
                    "this is a bug in storysite; the console shows the details")), start);
            e.printStackTrace();
        }
        last.set(result);
        events.reload(); // the tabs first: the console line is not on the way to the browser
        report.accept(result);
    }

    private BuildResult failed(List<Diagnostic> errors, long start) {
        return new BuildResult(Map.of(), List.of(), errors, (System.nanoTime() - start) / 1_000_000,
                last.get().output());
    }
}
