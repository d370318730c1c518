package be.storysite.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code ./storysite}: {@code build}, {@code check}, {@code serve}, {@code new}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line on the process's stdout and stderr; returns its exit status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Runs one command line and returns its exit status (0 ok, 1 content errors, 2 usage errors); what it prints goes
     * to {@code out} (results, e.g. the path {@code new} wrote) and {@code err} (diagnostics, progress, usage).
     *
     * <pre>{@code
     * StringWriter err = new StringWriter();
     * int status = Main.run(new PrintWriter(System.out, true), new PrintWriter(err, true), "check", "--source", "site");
     * }</pre>
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new StorysiteCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
