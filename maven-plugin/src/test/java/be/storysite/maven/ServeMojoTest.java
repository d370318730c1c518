package be.storysite.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code serve} goal on a copy of the example site: it serves the preview until its thread is stopped. */
class ServeMojoTest {

    private static final Pattern SERVING = Pattern.compile("serving (http://localhost:\\d+/)");

    @TempDir
    Path tmp;

    @Test
    void servesThePreviewWithDraftsUntilStopped() throws Exception {
        RecordingLog log = new RecordingLog();
        ServeMojo mojo = new ServeMojo();
        mojo.source = ExampleSite.copyTo(tmp.resolve("site")).toFile();
        mojo.port = 0;
        mojo.setLog(log);
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread serving = new Thread(() -> {
            try {
                mojo.execute();
                ended.complete(null);
            } catch (Throwable e) {
                ended.complete(e);
            }
        }, "serve-goal");
        serving.start();
        try {
            URI home = URI.create(awaitServingUrl(log, ended));
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(home.resolve("klantverhalen/"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            // the preview shows the draft story that a real build leaves out
            assertThat(page.body()).contains("rozendries-sportcentrum");
            assertThat(log.lines()).anyMatch(line -> line.startsWith("[info] built ") && line.endsWith("(preview)"));
        } finally {
            serving.interrupt();
        }
        assertThat(ended.get(30, TimeUnit.SECONDS)).isNotNull().hasMessage("interrupted while serving");
    }

    @Test
    void aTakenPortFailsTheGoalSayingSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            ServeMojo mojo = new ServeMojo();
            mojo.source = ExampleSite.copyTo(tmp.resolve("site")).toFile();
            mojo.port = taken.getLocalPort();
            mojo.setLog(new RecordingLog());

            assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                    .hasMessageStartingWith("the preview on port " + taken.getLocalPort() + " failed: ")
                    .hasMessageEndingWith("; the port is taken: choose another with -Dstorysite.port=...");
        }
    }

    private static String awaitServingUrl(RecordingLog log, CompletableFuture<Throwable> ended) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<String> url = log.lines().stream().map(SERVING::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).findFirst();
            if (url.isPresent()) {
                return url.get();
            }
            if (ended.isDone()) {
                throw new AssertionError("serve ended before serving: " + ended.get() + " " + log.lines());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start within 60 s: " + log.lines());
    }
}
