package be.storysite.cli;

import java.io.PrintWriter;
import java.util.List;
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
        return commandLine(args).execute(args);
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
        return commandLine(args).setOut(out).setErr(err).execute(args);
    }

    /** The sub-commands, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, CheckCommand.class, ServeCommand.class,
            NewCommand.class, LeadsCommand.class);

    /**
     * The command line for {@code args}. Picocli reads every sub-command's annotations by reflection (annotation
     * proxies and method handles the AOT cache cannot hold): the whole tree cost a bare build about a tenth of a
     * second before its first step. So when {@code args} name a sub-command, only that one is added; otherwise (no
     * command, {@code --help}, a typo) all of them, so the usage lists them all. (Picocli itself is compiled from
     * its source with ours, see cli/pom.xml, so that its classes are in the cache.)
     */
    private static CommandLine commandLine(String... args) {
        CommandLine top = new CommandLine(new StorysiteCommand());
        List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> args.length > 0 && args[0].equals(nameOf(c))).toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(top::addSubcommand);
        return top.setCaseInsensitiveEnumValuesAllowed(true);
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }
}
