package be.storysite.cli;

import be.storysite.generator.pipeline.BuildListener;
import java.io.PrintWriter;

/**
 * Shows a long build's progress: on a terminal a bar redrawn in place ({@code render [#####     ] 512/1000}),
 * elsewhere (CI logs, pipes) one plain line per step and at most one line every two seconds, so logs stay short.
 */
final class ConsoleProgress implements BuildListener {

    private static final int WIDTH = 30;
    private static final long LOG_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final boolean timings;
    private long lastDraw;

    ConsoleProgress(PrintWriter out, boolean terminal, boolean timings) {
        this.out = out;
        this.terminal = terminal;
        this.timings = timings;
    }

    /**
     * A progress display on the command's error stream, a bar only when a person is watching a terminal; with
     * {@code timings}, also a line per finished step ({@code step render: 1234 ms}).
     */
    static ConsoleProgress on(PrintWriter err, boolean timings) {
        return new ConsoleProgress(err, System.console() != null && System.getenv("CI") == null, timings);
    }

    @Override
    public synchronized void stepFinished(String step, long millis) {
        if (timings) {
            out.printf("step %-7s %6d ms%n", step, millis);
            out.flush();
        }
    }

    @Override
    public synchronized void progress(String step, int done, int total) {
        long now = System.nanoTime();
        boolean last = done >= total;
        if (terminal) {
            if (last || now - lastDraw > 50_000_000L) {
                int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
                out.printf("\r%-7s [%s%s] %d/%d", step, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
                if (last) {
                    out.print("\r" + " ".repeat(WIDTH + 30) + "\r");
                }
                out.flush();
                lastDraw = now;
            }
        } else if (!last && now - lastDraw > LOG_INTERVAL_NANOS && total > 0) {
            out.printf("%s: %d/%d%n", step, done, total);
            out.flush();
            lastDraw = now;
        }
    }
}
