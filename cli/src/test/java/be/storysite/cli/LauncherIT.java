package be.storysite.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code ./storysite} launcher on each JDK: the first build records a class-data archive (JDK 17-24) or an AOT
 * cache (JDK 25+), later runs use it, and a damaged or stale one never breaks a run nor shows in its output.
 * Runs after {@code package} (failsafe), on a copy of the launcher and the jar, so the repository's own caches are
 * left alone.
 */
class LauncherIT {

    static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    /** the JDK running the tests (17 in CI), and Temurin 25 where it is installed */
    static Stream<Path> jdks() {
        return Stream.of(Path.of(System.getProperty("java.home")), TEMURIN_25);
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void theFirstBuildRecordsTheCacheAndNoRunShowsTheJvmsWarnings(Path jdk, @TempDir Path work) throws Exception {
        assumeTrue(Files.isExecutable(jdk.resolve("bin/java")), "no JDK at " + jdk);
        Path tool = work.resolve("tool");
        Files.createDirectories(tool.resolve("cli/target"));
        Files.copy(CliRun.EXAMPLE.resolve("storysite"), tool.resolve("storysite"));
        Files.copy(CliRun.EXAMPLE.resolve("cli/target/storysite.jar"), tool.resolve("cli/target/storysite.jar"));
        Path site = CliRun.copyExampleSite(work.resolve("site"));
        String suffix = feature(jdk) >= 25 ? ".aot" : ".jsa";

        String first = run(tool, jdk, "build", "--source", site.toString(), "--output", work.resolve("out").toString());
        List<Path> caches = caches(tool);
        assertThat(caches).as(first).hasSize(1);
        assertThat(caches.get(0).getFileName().toString()).endsWith(suffix);
        assertThat(work.resolve("out/index.html")).exists();

        run(tool, jdk, "build", "--source", site.toString(), "--output", work.resolve("out").toString());

        // damaged: the JVM runs without it, and says so only in the warnings the launcher turns off
        Path cache = caches.get(0);
        Files.delete(cache);
        Files.write(cache, "not a cache".repeat(500).getBytes(StandardCharsets.UTF_8));
        run(tool, jdk, "build", "--source", site.toString(), "--output", work.resolve("out").toString());

        // older than the jar (the tool was rebuilt): removed, and the next build records it again
        Files.setLastModifiedTime(tool.resolve("cli/target/storysite.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        run(tool, jdk, "--version");
        assertThat(caches(tool)).isEmpty();
        Files.setLastModifiedTime(tool.resolve("cli/target/storysite.jar"), FileTime.from(Instant.now().minusSeconds(5)));
        run(tool, jdk, "build", "--source", site.toString(), "--output", work.resolve("out").toString());
        assertThat(caches(tool)).hasSize(1);
        assertThat(Files.size(caches(tool).get(0))).isGreaterThan(1_000_000);
    }

    /** runs the launcher with JAVA_HOME = jdk; it must succeed with none of the JVM's own lines in its output */
    private static String run(Path tool, Path jdk, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("bash", tool.resolve("storysite").toString()),
                Stream.of(args)).toList()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", jdk.toString());
        pb.environment().remove("STORYSITE_JAVA_OPTS");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).doesNotContainPattern("\\[(warning|error|info)\\]\\[")
                .doesNotContain("AOTConfiguration").doesNotContain("AOTCache").doesNotContain("Picked up")
                .doesNotContainIgnoringCase("shared archive");
        return output;
    }

    private static List<Path> caches(Path tool) throws IOException {
        try (Stream<Path> files = Files.list(tool.resolve("cli/target"))) {
            return files.filter(f -> f.getFileName().toString().matches("storysite-.*\\.(aot|jsa)")).toList();
        }
    }

    /** the JDK's feature version, from its release file as the launcher reads it */
    private static int feature(Path jdk) throws IOException {
        return Files.readAllLines(jdk.resolve("release")).stream()
                .filter(l -> l.startsWith("JAVA_VERSION=\""))
                .map(l -> Integer.parseInt(l.replaceAll("JAVA_VERSION=\"(\\d+).*", "$1")))
                .findFirst().orElseThrow();
    }
}
