package be.storysite.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A copy of the example site (content/, templates/, assets/, contact-forms/, site.yaml) in a folder of its own,
 * with the {@code pom.xml} a marketing team's site repository would have (this build's plugin bound to the
 * {@code site} phase, a {@code distributionManagement} site URL), and a real {@code mvn} to run on it.
 *
 * <p>The outer build (failsafe) tells where things are with system properties: {@code storysite.it.mavenHome}
 * (the Maven running the build), {@code storysite.it.repository} (the child's local repository, holding this
 * build's artifacts), {@code storysite.it.cache} (the outer local repository), {@code storysite.it.example}
 * (the repository root, which is the example site) and {@code storysite.it.version}.
 *
 * <pre>{@code
 * SiteProject site = SiteProject.copyOfExampleSite(tmp.resolve("site"), tmp.resolve("www").toUri());
 * ChildProcess.Result run = site.mvn("site");
 * }</pre>
 */
final class SiteProject {

    private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(4);

    private final Path dir;
    private final Path settings;

    private SiteProject(Path dir, Path settings) {
        this.dir = dir;
        this.settings = settings;
    }

    /** Copies the example site into {@code dir} and writes its pom.xml, deploying to {@code deployUrl}. */
    static SiteProject copyOfExampleSite(Path dir, String deployUrl) throws IOException {
        ExampleSite.copyTo(dir);
        write(dir.resolve("pom.xml"), "site-project/pom.xml", Map.of(
                "@deployUrl@", deployUrl,
                "@storysiteVersion@", TestProperties.required("storysite.it.version")));
        Path settings = dir.resolveSibling(dir.getFileName() + "-settings.xml");
        write(settings, "site-project/settings.xml", Map.of(
                "@repository@", Path.of(TestProperties.required("storysite.it.repository")).toAbsolutePath().toString(),
                "@cacheUrl@", Path.of(TestProperties.required("storysite.it.cache")).toUri().toString()));
        return new SiteProject(dir, settings);
    }

    Path dir() {
        return dir;
    }

    /** Runs {@code mvn -B} with {@code args} in the project, with the child's own settings and local repository. */
    ChildProcess.Result mvn(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(TestProperties.required("storysite.it.mavenHome"), "bin", "mvn").toString(),
                "-B", "-Dstyle.color=never", "-s", settings.toString()));
        command.addAll(List.of(args));
        return ChildProcess.run(command, dir, MAVEN_TIMEOUT);
    }

    private static void write(Path target, String resource, Map<String, String> tokens) throws IOException {
        String text;
        try (InputStream in = SiteProject.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            text = text.replace(token.getKey(), token.getValue());
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
