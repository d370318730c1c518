package be.storysite.leads.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link LeadServiceMain} in a child JVM on the test classpath, so that a test can SIGKILL it.
 *
 * <pre>{@code
 * ChildService child = ChildService.start(configFile, env, logFile);
 * child.port();
 * child.kill();   // SIGKILL: no shutdown hook runs
 * }</pre>
 */
final class ChildService {

    private static final Pattern LISTENING = Pattern.compile("lead service listening on http://[^:]+:(\\d+)");

    private final Process process;
    private final int port;

    private ChildService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ChildService start(Path configFile, Map<String, String> env, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                LeadServiceMain.class.getName(), "--config", configFile.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(process));
        try {
            return new ChildService(process, port.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the lead service did not start; its log " + log + " says:\n"
                    + java.nio.file.Files.readString(log), e);
        }
    }

    private static int readPort(Process process) {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            throw new IllegalStateException("the lead service exited before listening");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return port;
    }

    /** SIGKILL, like a power cut for the process: nothing gets to clean up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then wait (the shutdown hook stops the server and the worker). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
