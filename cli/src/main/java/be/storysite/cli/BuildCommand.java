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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storysite build}: the site into {@code --output}, replacing it only when the build succeeds. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. Exit 0 on success, 1 when the content has errors (all are listed), 2 for usage errors.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOptions site;

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/site",
            description = "where the site is written, relative to the current folder; default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--drafts", description = "include content with status: draft")
    boolean drafts;

    @Option(names = "--future", description = "include content dated after today")
    boolean future;

    @Option(names = "--base-url", paramLabel = "URL", description = "overrides base_url of site.yaml")
    String baseUrl;

    @Option(names = "--timings", description = "print how long each build step took (config, load, parse, ...)")
    boolean timings;

    @Override
    public Integer call() {
        BuildOptions options = new BuildOptions(site.source(), output.toAbsolutePath().normalize(), drafts, future,
                Optional.ofNullable(baseUrl), false, true);
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result = new SiteGenerator().build(options, ConsoleProgress.on(err, timings));
        return new BuildReport(site.source(), err).print(result, false);
    }
}
