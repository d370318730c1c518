package be.storysite.generator;

import be.storysite.core.yaml.YamlReader;
import be.storysite.generator.parse.MarkdownRenderer;
import be.storysite.generator.pipeline.Pipeline;
import be.storysite.generator.render.TemplateEngine;
import java.nio.file.Path;

/**
 * Runs the YAML, Markdown and template libraries once on a small text, on a thread of its own, while the command line is
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

    /** YAML like a site.yaml or a front matter: mappings, a list, quoted and plain scalars, a date. */
    private static final String TYPICAL_YAML = """
            title: "Klantverhaal"
            date: 2024-05-14
            tags: [cloud, security]
            languages:
              - code: nl
                path: ""
            """;

    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once; the process never waits for it. */
    public static void startBeside() {
        Pipeline.beside("storysite-warm-up", () -> {
            try {
                // in the order the build needs them: site.yaml right after the command line, the bodies, the pages
                YamlReader.read(TYPICAL_YAML, Path.of("warm-up.yaml"), 0);
                new MarkdownRenderer().warm();
                TemplateEngine.warmUp(Path.of("."));
            } catch (RuntimeException e) {
                // nothing to report: the build itself runs the same code on its real input
            }
            return null;
        });
    }
}
