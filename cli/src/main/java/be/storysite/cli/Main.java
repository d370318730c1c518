package be.storysite.cli;

import picocli.CommandLine;

/** Entry point of {@code ./storysite}: {@code build}, {@code serve}, {@code check}, {@code leads ...}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit status (0 ok, 1 content errors, 2 usage errors). */
    public static int run(String... args) {
        return new CommandLine(new StorysiteCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
