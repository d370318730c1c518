import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The browser tab of benchmarks/preview-reload.sh: listens to the preview's /_dev/events, saves one story N times
 * and prints, per save, the milliseconds from the save to the reload event arriving; then median and p90.
 * Given the preview's process id (Linux), it prints beside each save the CPU time that process used meanwhile and
 * the CPU time all other processes used (from /proc, in 10 ms ticks): the machine is shared, and a slow save with
 * the preview's own CPU as usual was slowed by other work, not by the preview.
 * Run with the JDK's source launcher: java PreviewReloadClient.java URL STORY_FILE N [PID]
 */
public class PreviewReloadClient {

    public static void main(String[] args) throws Exception {
        URI site = URI.create(args[0]);
        Path story = Path.of(args[1]);
        int saves = Integer.parseInt(args[2]);
        Optional<Long> pid = args.length > 3 ? Optional.of(Long.parseLong(args[3])) : Optional.empty();
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        HttpRequest events = HttpRequest.newBuilder(site.resolve("/_dev/events")).build();
        HttpClient.newHttpClient().sendAsync(events, HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(r -> r.body().forEach(line -> {
                    if (line.equals("event: reload")) {
                        reloads.add(System.nanoTime());
                    }
                }));
        Thread.sleep(1000); // connected and quiet

        String original = Files.readString(story);
        List<Double> millis = new ArrayList<>();
        List<Double> ownCpu = new ArrayList<>();
        List<Double> otherCpu = new ArrayList<>();
        for (int i = 1; i <= saves; i++) {
            String edited = original.replaceFirst("(?m)^title: \"?", "$0(bewerking " + i + ") ");
            long[] before = pid.isPresent() ? cpuTicks(pid.get()) : null;
            long saved = System.nanoTime();
            Files.writeString(story, edited);
            Long reloaded = reloads.poll(120, TimeUnit.SECONDS);
            if (reloaded == null) {
                throw new IllegalStateException("no reload event within 120 s after save " + i);
            }
            double ms = (reloaded - saved) / 1e6;
            millis.add(ms);
            if (before != null) {
                long[] after = cpuTicks(pid.get());
                double own = (after[0] - before[0]) * 10.0;
                // the two counters are read a moment apart: a tick may fall between them, so never below 0
                double others = Math.max(0, after[1] - before[1] - (after[0] - before[0])) * 10.0;
                ownCpu.add(own);
                otherCpu.add(others);
                System.out.printf("save %2d: %8.1f ms   (preview CPU %3.0f ms, other processes %3.0f ms)%n", i, ms, own,
                        others);
            } else {
                System.out.printf("save %2d: %8.1f ms%n", i, ms);
            }
            Thread.sleep(300); // let the preview settle, so that saves do not merge into one rebuild
        }
        Files.writeString(story, original);
        Collections.sort(millis);
        System.out.printf("median %.1f ms, p90 %.1f ms over %d saves (target: median < 100 ms)%n",
                percentile(millis, 50), percentile(millis, 90), millis.size());
        if (!ownCpu.isEmpty()) {
            Collections.sort(ownCpu);
            Collections.sort(otherCpu);
            System.out.printf("CPU per save, median: preview %.0f ms, other processes %.0f ms%n",
                    percentile(ownCpu, 50), percentile(otherCpu, 50));
        }
    }

    /**
     * The process's CPU ticks (user + system) and the whole machine's busy ticks (all but idle and I/O wait), in
     * clock ticks of 10 ms (USER_HZ on Linux).
     */
    private static long[] cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // after the command name in parentheses: state is field 3, utime and stime are fields 14 and 15
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long process = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < Math.min(cpu.length, 9); i++) {
            if (i != 4 && i != 5) { // idle, iowait
                busy += Long.parseLong(cpu[i]);
            }
        }
        return new long[] {process, busy};
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
