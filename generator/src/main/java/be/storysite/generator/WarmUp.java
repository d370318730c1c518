package be.storysite.generator;

import be.storysite.generator.parse.MarkdownRenderer;
import be.storysite.generator.pipeline.Pipeline;
import be.storysite.generator.render.TemplateEngine;
import java.nio.file.Path;

/**
 * Runs the Markdown and template libraries once on a small text, on a thread of its own, while the command line is
 * still being read: their classes are loaded and initialised and their first methods compiled on the core a JVM
 * leaves idle while it starts, instead of by a build's first bodies and pages, when every core is busy (a bare
 * build's fixed cost, docs/generator.md "Start-up"). It keeps nothing: the build makes its own parsers and
 * templates, and a failure here is left for the build to meet and report.
 *
 * <pre>{@code
 * WarmUp.startBeside();   // first thing in main, then parse the command line and build
 * }</pre>
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once; the process never waits for it. */
    public static void startBeside() {
        Pipeline.beside("storysite-warm-up", () -> {
            try {
                new MarkdownRenderer().warm();
                TemplateEngine.warmUp(Path.of("."));
            } catch (RuntimeException e) {
                // nothing to report: the build itself runs the same code on its real input
            }
            return null;
        });
    }
}
