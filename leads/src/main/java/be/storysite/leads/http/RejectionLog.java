package be.storysite.leads.http;

import be.storysite.forms.FieldText;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per rejected request (status, form, reason, client address), never a stack trace, and at most
 * {@code linesPerSecond} lines a second: a fuzzer or a flood must not grow the log by megabytes. The lines held back
 * are counted and the count is logged with the next line that gets through.
 *
 * <pre>{@code
 * RejectionLog log = RejectionLog.toSlf4j(20, Clock.systemUTC());
 * log.rejected(400, "contact", "the body is not valid UTF-8", "203.0.113.7");
 * // rejected 400 form=contact client=203.0.113.7: the body is not valid UTF-8
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class RejectionLog {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionLog.class);
    private static final int MAX_FIELD = 200;
    /** Enough to see what is going on, too few to matter on disk (about 2 KB a second at most). */
    public static final int DEFAULT_LINES_PER_SECOND = 10;

    private final int linesPerSecond;
    private final LongSupplier millis;
    private final Consumer<String> sink;
    private long second = Long.MIN_VALUE;
    private int linesThisSecond;
    private long suppressed;

    /**
     * @param millis the time in epoch milliseconds ({@code clock::millis})
     * @param sink receives each line (the logger in production, a list in tests)
     */
    public RejectionLog(int linesPerSecond, LongSupplier millis, Consumer<String> sink) {
        this.linesPerSecond = linesPerSecond;
        this.millis = millis;
        this.sink = sink;
    }

    /** Lines at INFO on this class's logger. */
    public static RejectionLog toSlf4j(int linesPerSecond, Clock clock) {
        return new RejectionLog(linesPerSecond, clock::millis, LOG::info);
    }

    /**
     * @param form the form named in the path, or empty when the request named none
     * @param reason what was wrong, in English (client text in it is cut to one short line here)
     */
    public void rejected(int status, String form, String reason, String client) {
        String line = "rejected " + status + (form.isEmpty() ? "" : " form=" + FieldText.singleLine(form, 60))
                + " client=" + FieldText.singleLine(client, 60) + ": " + FieldText.singleLine(reason, MAX_FIELD);
        long held;
        synchronized (this) {
            long now = Math.floorDiv(millis.getAsLong(), 1000);
            if (now != second) {
                second = now;
                linesThisSecond = 0;
            }
            if (linesThisSecond >= linesPerSecond) {
                suppressed++;
                return;
            }
            linesThisSecond++;
            held = suppressed;
            suppressed = 0;
        }
        sink.accept(held == 0 ? line : line + " (" + held + " more rejected requests not logged)");
    }
}
