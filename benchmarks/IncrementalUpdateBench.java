import be.storysite.generator.BuildResult;
import be.storysite.generator.incremental.IncrementalBuild;
import be.storysite.generator.pipeline.BuildListener;
import be.storysite.generator.pipeline.BuildOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In-process preview updates, without the server and the debounce: a preview build of SITE (as `serve` builds it),
 * then UPDATES saves of one story's title, each followed by IncrementalBuild.update; prints the median and p90 of
 * the wall time and of the process CPU time per update (CPU time is steadier than wall time on a busy machine).
 * Run by incremental-update.sh.
 */
public class IncrementalUpdateBench {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path story = site.resolve(args[1]);
        int updates = Integer.parseInt(args[2]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        IncrementalBuild build = new IncrementalBuild(new BuildOptions(site, site.resolveSibling("out"), true, true,
                Optional.empty(), true, true));
        long t0 = System.nanoTime();
        BuildResult first = build.update(Set.of(), true, BuildListener.NONE);
        System.out.printf("first build: %d ms, %d pages, %d errors%n", (System.nanoTime() - t0) / 1_000_000,
                first.pages(), first.errors().size());
        String text = Files.readString(story);
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        // each step's milliseconds per update, to see where an update's time goes
        Map<String, List<Double>> steps = new ConcurrentHashMap<>();
        BuildListener timings = new BuildListener() {
            @Override
            public void stepFinished(String step, long millis) {
                steps.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add((double) millis);
            }
        };
        for (int i = 0; i < updates; i++) {
            Files.writeString(story, text.replaceFirst("(?m)^title: \"?", "title: \"Bewerkt " + i + " "));
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            BuildResult r = build.update(Set.of(site.relativize(story)), false, timings);
            cpu.add((os.getProcessCpuTime() - c) / 1e6);
            wall.add((System.nanoTime() - w) / 1e6);
            if (!r.ok()) {
                throw new IllegalStateException(r.errors().toString());
            }
            Thread.sleep(300); // as a writer saves: the JIT and the collector get the pauses they would get
        }
        System.out.printf("update wall: median %.1f ms, p90 %.1f ms; CPU: median %.1f ms, p90 %.1f ms (%d updates, %d pages rendered by the last)%n",
                pct(wall, 0.5), pct(wall, 0.9), pct(cpu, 0.5), pct(cpu, 0.9), updates, build.lastRendered().size());
        StringBuilder line = new StringBuilder("step wall medians (ms):");
        new TreeMap<>(steps).forEach((step, ms) -> line.append(String.format(" %s %.0f", step, pct(ms, 0.5))));
        System.out.println(line);
    }

    private static double pct(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
