package be.storysite.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end and hands back its exit status and everything it printed (stdout and stderr in one,
 * in order), e.g. {@code mvn} on a site project or the {@code storysite} command line.
 *
 * <pre>{@code
 * ChildProcess.Result r = ChildProcess.run(List.of("mvn", "-B", "site"), projectDir, Duration.ofMinutes(3));
 * assertThat(r.exitCode()).as(r.output()).isZero();
 * }</pre>
 */
final class ChildProcess {

    /** The exit status and the merged output of one run. */
    record Result(int exitCode, String output) {
    }

    private ChildProcess() {
    }

    static Result run(List<String> command, Path workingDir, Duration timeout) throws IOException, InterruptedException {
        // Output goes to a file, not a pipe: a chatty child can never block on a full pipe buffer.
        Path log = Files.createTempFile("child-process", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("still running after " + timeout + ": " + String.join(" ", command)
                        + System.lineSeparator() + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
