package be.storysite.jbakecompat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Bakes a JBake site with real JBake 2.7.0 in a forked JVM: the test oracle for storysite's JBake mode.
 *
 * <p>JBake's class path comes from {@code jbake-oracle/target/jbake.classpath}, written by that module's build;
 * it never meets storysite's class path (JBake brings an old flexmark and Freemarker, OrientDB, logback 1.2).
 * The fork runs {@code org.jbake.launcher.Main -b <source> <destination>} with a fixed time zone and locale,
 * because JBake parses and formats dates with the JVM defaults.
 *
 * <pre>{@code
 * JBakeOracle oracle = JBakeOracle.locate(Path.of("../jbake-oracle"), Duration.ofMinutes(3));
 * JBakeOracle.Bake bake = oracle.bake(Path.of("sites/blog"), Path.of("target/jbake/blog"));
 * bake.destination(); // the baked tree; bake.log() is JBake's console output
 * }</pre>
 */
public final class JBakeOracle {

    /** JVM settings for the fork; storysite's side of a comparison must run with the same (see the pom). */
    public static final List<String> JVM_SETTINGS =
            List.of("-Duser.timezone=UTC", "-Duser.language=en", "-Duser.country=US");

    private static final int LOG_LINES_IN_ERRORS = 40;

    private final String classPath;
    private final Path logbackConfig;
    private final Duration timeout;

    /**
     * @param classPath     JBake's runtime class path (path-separator separated)
     * @param logbackConfig logback configuration for the fork (JBake logs everything at DEBUG without one)
     * @param timeout       how long one bake may take before the fork is killed
     */
    public JBakeOracle(String classPath, Path logbackConfig, Duration timeout) {
        this.classPath = classPath;
        this.logbackConfig = logbackConfig;
        this.timeout = timeout;
    }

    /**
     * The oracle as the {@code jbake-oracle} module built it.
     *
     * @param oracleModule the {@code jbake-oracle} folder (holds {@code logback.xml} and {@code target/jbake.classpath})
     * @throws IllegalStateException naming the missing file and the command that writes it
     */
    public static JBakeOracle locate(Path oracleModule, Duration timeout) {
        Path classPathFile = oracleModule.resolve("target/jbake.classpath");
        if (!Files.isRegularFile(classPathFile)) {
            throw new IllegalStateException(classPathFile.toAbsolutePath().normalize()
                    + ": JBake's class path file is missing; run `mvn -pl jbake-oracle package` first"
                    + " (it resolves org.jbake:jbake-core:2.7.0 and writes that file)");
        }
        try {
            String classPath = Files.readString(classPathFile, StandardCharsets.UTF_8).strip();
            return new JBakeOracle(classPath, oracleModule.resolve("logback.xml"), timeout);
        } catch (IOException e) {
            throw new IllegalStateException(classPathFile + ": cannot read JBake's class path: " + e.getMessage(), e);
        }
    }

    /**
     * The oracle of this build: the {@code jbake.oracle.dir} system property (set by the pom), else
     * {@code ../jbake-oracle} from the working folder.
     */
    public static JBakeOracle fromBuild() {
        String dir = System.getProperty("jbake.oracle.dir", "../jbake-oracle");
        return locate(Path.of(dir), Duration.ofMinutes(3));
    }

    /**
     * Bakes {@code source} into {@code destination} (emptied first). JBake's console output goes to
     * {@code destination + ".log"}.
     *
     * @throws JBakeFailed when JBake exits non-zero or runs past the timeout, with the end of its log
     */
    public Bake bake(Path source, Path destination) throws IOException, InterruptedException {
        Path dest = destination.toAbsolutePath().normalize();
        Tree.deleteRecursively(dest);
        Path log = dest.resolveSibling(dest.getFileName() + ".log");
        Files.createDirectories(dest.getParent());
        ProcessBuilder builder = new ProcessBuilder(command(source.toAbsolutePath().normalize(), dest))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new JBakeFailed("JBake did not finish baking " + source + " within " + timeout, log);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (process.exitValue() != 0) {
            throw new JBakeFailed("JBake exited with " + process.exitValue() + " baking " + source, log);
        }
        return new Bake(dest, Files.readString(log, StandardCharsets.UTF_8), elapsed);
    }

    private List<String> command(Path source, Path destination) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<String>();
        command.add(java);
        command.addAll(JVM_SETTINGS);
        command.add("-Dlogback.configurationFile=" + logbackConfig.toAbsolutePath().normalize());
        command.addAll(List.of("-cp", classPath, "org.jbake.launcher.Main", "-b",
                source.toString(), destination.toString()));
        return command;
    }

    /** A finished bake: the output tree, JBake's console output and the wall time of the fork. */
    public record Bake(Path destination, String log, Duration elapsed) {
    }

    /** JBake failed; the message ends with the last lines of its log and names the full log file. */
    public static final class JBakeFailed extends IllegalStateException {
        JBakeFailed(String what, Path log) {
            super(what + "; last lines of " + log + ":\n" + tail(log));
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_ERRORS), lines.size()));
            } catch (IOException e) {
                return "(log unreadable: " + e.getMessage() + ")";
            }
        }
    }
}
