package be.storysite.generator.incremental;

import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import be.storysite.generator.pipeline.BuildStamp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Set;

/**
 * A storysite build that keeps its state between runs in one JVM, for the live preview: each {@link #update}
 * runs the same pipeline as a full build ({@link SiteGenerator}), with each step wrapped with a cache
 * ({@link IncrementalSteps}): only the changed files are read, parsed and checked, the model and plan are made
 * again (cheap), only the pages whose inputs changed are rendered, and only the files whose bytes differ are
 * written. The output is, file for file, what a full build would write.
 *
 * <pre>{@code
 * IncrementalBuild build = new IncrementalBuild(options);
 * build.update(Set.of(), true, listener);                                        // the first build: everything
 * build.update(Set.of(Path.of("content/stories/lindebeek.md")), false, listener); // a few pages
 * }</pre>
 *
 * <p>Exact by construction rather than by rules: a page's template runs on a data model that notes which names
 * it reads, and the page is rendered again when the fingerprint of those values, its templates, its locale or
 * (for HTML) the set of URLs and the published assets differ from last time. A change to {@code site.yaml}, or
 * lost watcher events, starts over from the files (still writing only what differs).
 *
 * <p>An update that finds errors writes nothing and keeps the last good output, as a full build does. A JBake
 * project, or a check-only build, is always built in full.
 */
public final class IncrementalBuild {

    private final BuildOptions options;
    private final Clock clock;
    private final SiteGenerator generator;
    private IncrementalSteps steps;
    private Set<String> lastRendered = Set.of();

    public IncrementalBuild(BuildOptions options) {
        this(options, Clock.system(SiteGenerator.SITE_ZONE));
    }

    /** @param clock decides today's date and the build date (tests pin it) */
    public IncrementalBuild(BuildOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.generator = new SiteGenerator(clock);
    }

    /**
     * Brings the output up to date with the site folder.
     *
     * @param changed the paths that changed since the last update, relative to the site folder (files or folders,
     *     present or deleted)
     * @param everything the change is unknown (the first build, lost events): re-read everything
     */
    public synchronized BuildResult update(Set<Path> changed, boolean everything, BuildListener listener) {
        if (!options.writeOutput() || SiteGenerator.isJBakeProject(options.source())) {
            steps = null;
            lastRendered = Set.of();
            return generator.build(options, listener);
        }
        if (steps == null || everything || changed.stream().anyMatch(p -> p.equals(Path.of("site.yaml")))) {
            // site.yaml is read by every step: start over from the files (and the output folder as it is)
            steps = new IncrementalSteps(options,
                    () -> new BuildStamp(SiteGenerator.version(), Date.from(clock.instant())));
        } else {
            steps.changed(changed);
        }
        IncrementalSteps current = steps;
        BuildResult result = generator.build(options, listener, () -> current);
        if (result.ok()) {
            lastRendered = current.lastRendered();
        }
        return result;
    }

    /** The URLs the last update rendered (all pages after a full start, a few after a small edit). */
    public synchronized Set<String> lastRendered() {
        return lastRendered;
    }
}
