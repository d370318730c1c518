import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The browser tab of benchmarks/preview-reload.sh: listens to the preview's /_dev/events, saves one story N times
 * and prints, per save, the milliseconds from the save to the reload event arriving; then median and p90.
 * Run with the JDK's source launcher: java PreviewReloadClient.java URL STORY_FILE N
 */
public class PreviewReloadClient {

    public static void main(String[] args) throws Exception {
        URI site = URI.create(args[0]);
        Path story = Path.of(args[1]);
        int saves = Integer.parseInt(args[2]);
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
        for (int i = 1; i <= saves; i++) {
            String edited = original.replaceFirst("(?m)^title: \"?", "$0(bewerking " + i + ") ");
            long saved = System.nanoTime();
            Files.writeString(story, edited);
            Long reloaded = reloads.poll(120, TimeUnit.SECONDS);
            if (reloaded == null) {
                throw new IllegalStateException("no reload event within 120 s after save " + i);
            }
            double ms = (reloaded - saved) / 1e6;
            millis.add(ms);
            System.out.printf("save %2d: %8.1f ms%n", i, ms);
            Thread.sleep(300); // let the preview settle, so that saves do not merge into one rebuild
        }
        Files.writeString(story, original);
        Collections.sort(millis);
        System.out.printf("median %.1f ms, p90 %.1f ms over %d saves (target: median < 100 ms)%n",
                percentile(millis, 50), percentile(millis, 90), millis.size());
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
