package be.storysite.cli;

import picocli.CommandLine.Command;

/**
 * The top-level command; each sub-command is one small class, added by {@link Main} (only the one named on the
 * command line, when it names one: see {@link Main#SUBCOMMANDS}).
 */
@Command(name = "storysite",
        mixinStandardHelpOptions = true,
        version = "storysite 0.1.0",
        description = "Builds the marketing site from Markdown stories and service pages, and runs its lead service.")
final class StorysiteCommand implements Runnable {

    @Override
    public void run() {
        // `storysite` alone: usage, exit 2 like any other usage error.
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "name a command: build, check, serve, new or leads");
    }
}
