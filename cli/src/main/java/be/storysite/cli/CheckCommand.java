package be.storysite.cli;

import be.storysite.generator.BuildResult;
import be.storysite.generator.SiteGenerator;
import be.storysite.generator.pipeline.BuildOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code storysite check}: everything {@code build} validates (front matter, links, images, forms and routing,
 * approval of stories), with the same messages, without writing anything. For a marketing team's CI.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates the site like build does, writes nothing. Exit 0 when clean, 1 with errors.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SourceOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path unused = site.source().resolve("target/check");
        BuildOptions options = new BuildOptions(site.source(), unused, false, false, Optional.empty(), false, false);
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result = new SiteGenerator().build(options, ConsoleProgress.on(err, false));
        return new BuildReport(site.source(), err).print(result, true);
    }
}
