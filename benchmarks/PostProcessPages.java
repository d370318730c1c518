import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.generator.assets.AssetIndex;
import be.storysite.generator.postprocess.HtmlPostProcessor;
import be.storysite.generator.postprocess.ImageSizes;
import be.storysite.generator.postprocess.LinkLocator;
import be.storysite.generator.postprocess.PageSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CPU time of post-processing every HTML page of a built site, on one thread, ROUNDS times: the same work
 * the render step does after each template (link checks and edits), without the rest of the build, so that two
 * versions of it can be compared on a noisy machine (thread CPU time, not wall time). Run by
 * {@code benchmarks/postprocess-pages.sh}: {@code java -cp storysite.jar PostProcessPages.java OUT SITE ROUNDS}.
 */
public class PostProcessPages {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path site = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<Path> html;
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            html = all.stream().filter(p -> p.toString().endsWith(".html")).toList();
            all.stream().filter(p -> !p.toString().endsWith(".html")).forEach(p -> files.put(url(out, p), p));
        }
        Set<String> urls = new HashSet<>();
        List<String> pages = new ArrayList<>();
        for (Path page : html) {
            urls.add(url(out, page));
            pages.add(Files.readString(page));
        }
        HtmlPostProcessor post = new HtmlPostProcessor(urls, new AssetIndex(files, Map.of()), new ImageSizes(),
                new LinkLocator(site.resolve("templates")), "http://localhost:8080");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> perPage = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Diagnostics problems = new Diagnostics();
            long chars = 0;
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < pages.size(); i++) {
                chars += post.process(pages.get(i), new PageSource(url(out, html.get(i)), null, "",
                        site.resolve("templates/page.ftlh")), problems).length();
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            perPage.add(ms / pages.size());
            System.out.printf("round %d: %.0f ms CPU, %.3f ms per page (%d pages, %d chars out, %d problems)%n",
                    round + 1, ms, ms / pages.size(), pages.size(), chars, problems.all().size());
        }
        // the first rounds warm the JIT up: the median of the second half
        List<Double> warm = perPage.subList(rounds / 2, rounds).stream().sorted().toList();
        System.out.printf("median of rounds %d-%d: %.3f ms CPU per page%n", rounds / 2 + 1, rounds,
                warm.get(warm.size() / 2));
    }

    private static String url(Path out, Path file) {
        String url = "/" + out.relativize(file).toString().replace('\\', '/');
        return url.endsWith("/index.html") ? url.substring(0, url.length() - "index.html".length()) : url;
    }
}
