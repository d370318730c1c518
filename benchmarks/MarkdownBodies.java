import be.storysite.generator.parse.HeaderReader;
import be.storysite.generator.parse.MarkdownRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time of turning the Markdown bodies of a site into HTML with the generator's {@link MarkdownRenderer}
 * (parse and render, what the parse step does per file), on one thread, ROUNDS times in one JVM: the first round
 * is what a cold build sees (class loading, interpreter, JIT), the later ones the warmed-up cost. Prints thread
 * CPU ms per body for each round and a checksum of the HTML (equal before and after a change that keeps the
 * output). Run by {@code benchmarks/markdown-bodies.sh}:
 * {@code java -cp storysite.jar MarkdownBodies.java CONTENT_DIR ROUNDS}.
 */
public class MarkdownBodies {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> bodies = new ArrayList<>();
        HeaderReader headers = new HeaderReader();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                bodies.add(headers.read(Files.readString(file), file).body());
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        MarkdownRenderer markdown = new MarkdownRenderer();
        double setup = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        List<Double> warm = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long chars = 0;
            long hash = 0;
            start = threads.getCurrentThreadCpuTime();
            for (String body : bodies) {
                String html = markdown.renderMarked(body).html();
                chars += html.length();
                hash = hash * 31 + html.hashCode();
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            if (round > 1) {
                warm.add(ms / bodies.size());
            }
            System.out.printf("round %d: %.0f ms CPU, %.4f ms per body (%d bodies, %d chars, checksum %x)%n",
                    round, ms, ms / bodies.size(), bodies.size(), chars, hash);
            if (round == 1) {
                System.out.printf("cold: %.4f ms per body (+ %.0f ms to build the parser and renderer)%n",
                        ms / bodies.size(), setup);
            }
        }
        warm.sort(null);
        if (!warm.isEmpty()) {
            System.out.printf("warm: %.4f ms per body (median of rounds 2-%d)%n", warm.get(warm.size() / 2), rounds);
        }
    }
}
